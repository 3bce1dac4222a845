/// `ExplicitHashKey` (H3): a decimal string naming the hash key a record routes by, in place of
/// the MD5 of its partition key.
///
/// The API allows exactly `0|([1-9]\d{0,38})` with a value in `[0, 2^128 − 1]`: ASCII digits
/// only (no sign, space or other script's digits), no leading zero, and 2^128 itself (39 digits,
/// so the pattern alone would let it through) is out of range.
public enum ExplicitHashKey {
    /// Digits of 2^128 − 1.
    static let maxDigits = 39

    /// The hash key `text` names.
    /// - Throws: `.malformedExplicitHashKey` (`InvalidArgumentException`) for anything else.
    public static func parse(_ text: String) throws(PutRecordsInvalid) -> UInt128 {
        let digits = text.utf8
        guard (1...maxDigits).contains(digits.count), digits.first != UInt8(ascii: "0") || digits.count == 1 else {
            throw .malformedExplicitHashKey(text)
        }
        var value: UInt128 = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { throw .malformedExplicitHashKey(text) }
            let (shifted, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (sum, carried) = shifted.addingReportingOverflow(UInt128(digit - UInt8(ascii: "0")))
            guard !overflowed && !carried else { throw .malformedExplicitHashKey(text) }
            value = sum
        }
        return value
    }
}
