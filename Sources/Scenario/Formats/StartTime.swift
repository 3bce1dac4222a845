import Telemetry

/// The wall-clock instant that simulated t = 0 maps to (`startTime`), in UTC.
///
/// Parsed by hand, with civil-date arithmetic, because Foundation's date parsing depends on the
/// platform and its time-zone data, and a run must map times identically everywhere.
public struct StartTime: Equatable, Sendable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z; fractional seconds beyond milliseconds are dropped.
    public var epochMilliseconds: Int64
    /// The text as the scenario wrote it, for reports.
    public var text: String

    public init(epochMilliseconds: Int64, text: String) {
        self.epochMilliseconds = epochMilliseconds
        self.text = text
    }

    public static let `default` = StartTime(parsing: "2026-01-01T00:00:00Z")!

    public static let example = #"RFC 3339 UTC, e.g. "2026-01-01T00:00:00Z" or "2026-01-01T00:00:00.250Z""#

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction]Z`; nil for anything else, including other offsets.
    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z"),
              Self.matches(bytes, "dddd-dd-ddTdd:dd:dd"),
              let fraction = Self.millisecondsOfFraction(bytes[19..<(bytes.count - 1)])
        else { return nil }
        let field = { (start: Int, length: Int) in Self.number(bytes[start..<(start + length)]) }
        let (year, month, day) = (field(0, 4), field(5, 2), field(8, 2))
        let (hour, minute, second) = (field(11, 2), field(14, 2), field(17, 2))
        guard (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60
        else { return nil }
        let days = CivilDate.daysFromEpoch(year: year, month: month, day: day)
        epochMilliseconds = ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1_000 + fraction
        self.text = text
    }

    public var description: String { text }

    /// Whether `bytes` starts with `pattern`, where `d` stands for any ASCII digit.
    static func matches(_ bytes: [UInt8], _ pattern: String) -> Bool {
        zip(bytes, pattern.utf8).allSatisfy { byte, expected in
            expected == UInt8(ascii: "d") ? JSONParser.isDigit(byte) : byte == expected
        }
    }

    /// Milliseconds of an optional `.ddd…` part (1–9 digits), truncated; nil if malformed.
    static func millisecondsOfFraction(_ bytes: ArraySlice<UInt8>) -> Int64? {
        guard let dot = bytes.first else { return 0 }
        let digits = bytes.dropFirst()
        guard dot == UInt8(ascii: "."), (1...9).contains(digits.count), digits.allSatisfy(JSONParser.isDigit) else {
            return nil
        }
        let padded = Array(digits.prefix(3)) + Array(repeating: UInt8(ascii: "0"), count: max(0, 3 - digits.count))
        return number(padded[...])
    }

    /// The value of ASCII decimal digits (already checked to be digits).
    static func number(_ digits: ArraySlice<UInt8>) -> Int64 {
        digits.reduce(0) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) }
    }
}
