/// Helpers for comparing doubles exactly, shared by the golden-vector and accuracy tests.
extension Double {
    /// How many representable doubles lie between `self` and `other` (0 when bit-identical
    /// or both zeros). Both must be non-NaN.
    func ulpDistance(to other: Double) -> UInt64 {
        if self == other { return 0 }
        let (a, b) = (Self.orderedKey(self), Self.orderedKey(other))
        return a >= b ? UInt64(bitPattern: a) &- UInt64(bitPattern: b) : UInt64(bitPattern: b) &- UInt64(bitPattern: a)
    }

    /// Maps doubles onto integers in the same order, adjacent doubles to adjacent integers.
    private static func orderedKey(_ value: Double) -> Int64 {
        let bits = Int64(bitPattern: value.bitPattern)
        return bits < 0 ? Int64.min &- bits : bits
    }

    /// Sixteen upper-case hex digits of the bit pattern, as golden vectors are written.
    var bitsHex: String {
        let digits = String(bitPattern, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: 16 - digits.count) + digits
    }
}
