import Telemetry

extension StartTime {
    /// `epochMilliseconds` as RFC 3339 UTC with milliseconds (`"2262-04-11T23:47:16.854Z"`), the
    /// form in which the allowed range of `startTime` is quoted back to the user.
    public static func text(epochMilliseconds: Int64) -> String {
        let millisPerDay: Int64 = 86_400_000
        let days = epochMilliseconds >= 0 ? epochMilliseconds / millisPerDay : (epochMilliseconds + 1) / millisPerDay - 1
        let millisOfDay = epochMilliseconds - days * millisPerDay
        let (year, month, day) = CivilDate.date(daysFromEpoch: days)
        let seconds = millisOfDay / 1_000
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))T\(padded(seconds / 3_600, 2)):"
            + "\(padded(seconds / 60 % 60, 2)):\(padded(seconds % 60, 2)).\(padded(millisOfDay % 1_000, 3))Z"
    }

    private static func padded(_ number: Int64, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
