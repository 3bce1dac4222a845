/// A UTC date and time of day from epoch milliseconds, for payloads that print one
/// (`YYYY-MM-DD HH:MM:SS`): the proleptic Gregorian calendar by whole-number arithmetic
/// (`CivilDate`), exact for every `Int64` instant.
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
        (year, month, day) = CivilDate.date(daysFromEpoch: days)
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
