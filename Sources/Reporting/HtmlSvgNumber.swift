/// Coordinates in SVG attributes: one decimal, no thousands separator, no locale, no exponent —
/// the same run must give the same bytes, and `Formatting` writes `1,234.5`, which SVG rejects.
enum SvgNumber {
    static func text(_ value: Double) -> String {
        let tenths = Int64((value * 10).rounded())
        let whole = tenths / 10
        let fraction = abs(tenths % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
