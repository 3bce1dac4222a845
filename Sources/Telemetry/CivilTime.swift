/// A UTC date and time of day from epoch milliseconds, for payloads that print one
/// (`YYYY-MM-DD HH:MM:SS`): the proleptic Gregorian calendar by whole-number arithmetic
/// (H. Hinnant's `civil_from_days`), exact for every `Int64` instant.
struct CivilTime: Equatable {
    var year: Int64
    var month: Int64
    var day: Int64
    var hour: Int64
    var minute: Int64
    var second: Int64

    init(epochMillis: Int64) {
        let (days, millisOfDay) = Self.floorDivision(epochMillis, 86_400_000)
        let secondOfDay = millisOfDay / 1_000
        (hour, minute, second) = (secondOfDay / 3_600, secondOfDay / 60 % 60, secondOfDay % 60)
        let shifted = days + 719_468  // days from 0000-03-01
        let era = Self.floorDivision(shifted, 146_097).quotient
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    static func floorDivision(_ value: Int64, _ divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let remainder = value % divisor
        return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
    }

    /// `YYYY-MM-DD HH:MM:SS`, the year with at least four digits. Written part by part, with no
    /// collection: payload sizes are counted with it on the per-record path.
    func write<Sink: TextSink>(to sink: inout Sink) {
        sink.append(FixedDecimal(integer: year, minimumDigits: 4))
        Self.write("-", month, to: &sink)
        Self.write("-", day, to: &sink)
        Self.write(" ", hour, to: &sink)
        Self.write(":", minute, to: &sink)
        Self.write(":", second, to: &sink)
    }

    static func write<Sink: TextSink>(_ separator: StaticString, _ part: Int64, to sink: inout Sink) {
        sink.append(separator)
        sink.append(FixedDecimal(integer: part, minimumDigits: 2))
    }
}
