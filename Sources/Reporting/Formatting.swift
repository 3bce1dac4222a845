import Foundation

/// Number formatting for reports: fixed decimals, thousands separators; deterministic and
/// independent of the locale.
public enum Formatting {
    /// `1234567` → `1,234,567`.
    public static func count<T: BinaryInteger>(_ value: T) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(character)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// `value` with exactly `decimals` decimals (round half away from zero).
    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return String(value) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int64(scaled / scale)
        let fraction = Int64(scaled - Double(whole) * scale)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return sign + count(whole) }
        let fractionText = String(fraction)
        return sign + count(whole) + "." + String(repeating: "0", count: decimals - fractionText.count) + fractionText
    }

    /// A window aggregate to two decimals, or "—" when the scenario did not ask for it.
    static func aggregate(_ value: Double?) -> String { value.map { fixed($0, 2) } ?? "—" }

    public static func percent(_ ratio: Double) -> String { fixed(ratio * 100, 2) + "%" }

    /// A window `[start, end)` given in epoch milliseconds, in UTC: `2026-01-01 00:59:00–01:00:00`.
    static func window(_ startMillis: Int64, _ endMillis: Int64) -> String {
        let start = timestamp(startMillis)
        let end = timestamp(endMillis)
        let sameDay = start.prefix(10) == end.prefix(10)
        return start + "–" + (sameDay ? String(end.dropFirst(11)) : end)
    }

    /// Epoch milliseconds as `yyyy-MM-dd HH:mm:ss` UTC (with `.SSS` when not a whole second).
    static func timestamp(_ millis: Int64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = millis % 1_000 == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.SSS"
        return formatter.string(from: Date(timeIntervalSince1970: Double(millis) / 1_000))
    }
}
