/// Number formatting for reports: fixed decimals, thousands separators; deterministic and
/// independent of the locale.
enum Formatting {
    /// `1234567` → `1,234,567`.
    static func count<T: BinaryInteger>(_ value: T) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(character)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// `value` with exactly `decimals` decimals (round half away from zero).
    static func fixed(_ value: Double, _ decimals: Int) -> String {
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

    static func percent(_ ratio: Double) -> String { fixed(ratio * 100, 2) + "%" }
}
