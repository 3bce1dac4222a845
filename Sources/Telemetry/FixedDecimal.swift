import SimKernel

/// A number as a payload prints it: an integer scaled by `10^decimals`, with a fixed number of
/// decimals and optional leading zeros.
///
/// Payload sizes must be exact without building the JSON, and identical on every machine, so
/// numbers are not printed by a platform formatter: the value is scaled and rounded once (half away
/// from zero), and both the length and the text are derived from that one integer. Rounding that
/// carries (`9.999` → `10.00`) and negative zero (`-0.001` → `0.00`) therefore need no special cases.
public struct FixedDecimal: Equatable, Sendable {
    /// The printed value times `10^decimals`.
    public let scaled: Int64
    /// Digits after the decimal point; 0 prints no point.
    public let decimals: Int
    /// Integer digits printed at least, padded with leading zeros (device ids use 6).
    public let minimumIntegerDigits: Int

    /// `value` rounded half away from zero to `decimals` places.
    /// - Precondition: `value` is finite and `|value| · 10^decimals` fits comfortably in `Int64`.
    public init(_ value: Double, decimals: Int) {
        modelPrecondition((0...9).contains(decimals), "FixedDecimal supports 0...9 decimals, not \(decimals)")
        let product = (value * Double(Self.powerOfTen(decimals))).rounded(.toNearestOrAwayFromZero)
        modelPrecondition(product.isFinite && product.magnitude < 9e18,
                     "\(value) with \(decimals) decimals does not fit a payload number")
        scaled = Int64(product)
        self.decimals = decimals
        minimumIntegerDigits = 1
    }

    /// A whole number, padded with leading zeros to `minimumDigits`.
    /// - Precondition: `minimumDigits >= 1`.
    public init(integer: Int64, minimumDigits: Int = 1) {
        modelPrecondition(minimumDigits >= 1, "a number prints at least one digit, not \(minimumDigits)")
        scaled = integer
        decimals = 0
        minimumIntegerDigits = minimumDigits
    }

    /// The value as printed, for analytics that aggregate what the consumer would parse.
    public var doubleValue: Double { Double(scaled) / Double(Self.powerOfTen(decimals)) }

    /// The exact UTF-8 length of `text`, computed without building it.
    public var utf8Count: Int {
        let sign = scaled < 0 ? 1 : 0
        // The integer part's digits are the scaled value's minus the decimals (at least one),
        // which spares the hot path a division by a runtime power of ten.
        let integerDigits = max(Self.digitCount(scaled.magnitude) - decimals, minimumIntegerDigits)
        let fraction = decimals > 0 ? decimals + 1 : 0
        return sign + integerDigits + fraction
    }

    /// The printed form: optional `-`, integer digits, then `.` and exactly `decimals` digits.
    public var text: String {
        var text = ""
        write(to: &text)
        return text
    }

    /// Appends the printed form to `text`.
    public func write(to text: inout String) {
        if scaled < 0 { text += "-" }
        Self.appendDigits(of: integerPart, minimumDigits: minimumIntegerDigits, to: &text)
        guard decimals > 0 else { return }
        text += "."
        Self.appendDigits(of: fractionPart, minimumDigits: decimals, to: &text)
    }

    private var integerPart: UInt64 { scaled.magnitude / Self.powerOfTen(decimals) }
    private var fractionPart: UInt64 { scaled.magnitude % Self.powerOfTen(decimals) }

    /// Decimal digits of `value`; 1 for zero.
    static func digitCount(_ value: UInt64) -> Int {
        // Compare against growing powers of ten (multiplication is cheaper than division);
        // 10^19 is the largest power of ten below 2^64, so 20 digits end the search.
        var count = 1
        var power: UInt64 = 10
        while count < 20 && value >= power {
            count += 1
            power &*= 10
        }
        return count
    }

    static func powerOfTen(_ exponent: Int) -> UInt64 {
        var power: UInt64 = 1
        for _ in 0..<exponent { power *= 10 }
        return power
    }

    private static func appendDigits(of value: UInt64, minimumDigits: Int, to text: inout String) {
        let digits = String(value)
        text += String(repeating: "0", count: max(0, minimumDigits - digits.utf8.count))
        text += digits
    }
}
