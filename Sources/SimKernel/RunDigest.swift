/// The run's determinism digest: a fixed 64-bit hash over the ordered words of everything the
/// run decided (acceptances, rejections, deliveries, final figures).
///
/// Never `hashValue` (seeded per process). Each word goes through the SplitMix64 finalizer and
/// is folded in with a rotate-multiply step, so both the values and their order matter.
/// Not a cryptographic hash: it detects divergence, it does not resist forgery.
public struct RunDigest: Sendable, Equatable {
    @usableFromInline var state: UInt64 = 0x5349_4D43_544C_0001  // "SIMCTL" + version
    @usableFromInline var words: UInt64 = 0

    public init() {}

    /// Folds one 64-bit word into the digest.
    @inlinable
    public mutating func add(_ word: UInt64) {
        state = (state ^ SplitMix64.mix(word &+ words)).rotatedLeft(by: 27) &* 0x9E37_79B9_7F4A_7C15 &+ 0x2545_F491_4F6C_DD1D
        words &+= 1
    }

    @inlinable
    public mutating func add(_ word: Int64) { add(UInt64(bitPattern: word)) }

    /// Folds a string's UTF-8 bytes (length first, so "ab","c" differs from "a","bc").
    public mutating func add(_ text: String) {
        add(UInt64(text.utf8.count))
        for byte in text.utf8 { add(UInt64(byte)) }
    }

    /// Folds a double by its exact bit pattern.
    public mutating func add(_ value: Double) { add(value.bitPattern) }

    /// The final value: the state finalized with the word count.
    public var value: UInt64 { SplitMix64.mix(state ^ words) }

    /// Sixteen lower-case hex digits.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
