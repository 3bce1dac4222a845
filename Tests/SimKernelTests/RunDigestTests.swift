import Testing
@testable import SimKernel

/// The determinism digest: sensitive to every value, their order and their framing.
struct RunDigestTests {
    static func digest(_ words: [UInt64]) -> RunDigest {
        var digest = RunDigest()
        for word in words { digest.add(word) }
        return digest
    }

    static func digest(strings: [String]) -> RunDigest {
        var digest = RunDigest()
        for text in strings { digest.add(text) }
        return digest
    }

    /// Golden values from the Swift implementation; a change here changes every stored digest.
    @Test func goldenHex() {
        #expect(RunDigest().hex == "0299a0c1d0008dcc")
        var digest = RunDigest()
        digest.add(1 as UInt64)
        digest.add(2 as UInt64)
        digest.add("simctl")
        digest.add(0.5)
        digest.add(-3 as Int64)
        #expect(digest.hex == "e6496b6827ce5703")
        #expect(digest.value == 0xE649_6B68_27CE_5703)
    }

    @Test func hexIsSixteenLowercaseDigitsOfValue() {
        for count in 0..<200 {
            let digest = Self.digest((0..<UInt64(count)).map { $0 })
            #expect(digest.hex.count == 16)
            #expect(digest.hex == digest.hex.lowercased())
            #expect(UInt64(digest.hex, radix: 16) == digest.value)
        }
    }

    @Test func sameWordsSameDigest() {
        let words: [UInt64] = [3, 1, 4, 1, 5, 9, 2, 6]
        #expect(Self.digest(words) == Self.digest(words))
        #expect(Self.digest(words).hex == Self.digest(words).hex)
    }

    @Test func orderMatters() {
        #expect(Self.digest([1, 2]) != Self.digest([2, 1]))
        #expect(Self.digest([0, 7, 0]) != Self.digest([7, 0, 0]))
    }

    @Test func wordCountMatters() {
        let digests = [Self.digest([]), Self.digest([0]), Self.digest([0, 0]), Self.digest([0, 0, 0])]
        #expect(Set(digests.map(\.value)).count == 4)
    }

    /// Flipping any one bit of any one word gives a digest unlike the original and unlike
    /// every other single flip.
    @Test func everySingleBitFlipChangesTheDigest() {
        let words: [UInt64] = [0x0123_4567_89AB_CDEF, 0, .max]
        var values: Set<UInt64> = [Self.digest(words).value]
        for position in words.indices {
            for bit in 0..<64 {
                var flipped = words
                flipped[position] ^= 1 << UInt64(bit)
                values.insert(Self.digest(flipped).value)
            }
        }
        #expect(values.count == 1 + words.count * 64)
    }

    @Test func stringsAreFramedByLength() {
        #expect(Self.digest(strings: ["ab", "c"]) != Self.digest(strings: ["a", "bc"]))
        #expect(Self.digest(strings: ["abc"]) != Self.digest(strings: ["ab", "c"]))
        #expect(Self.digest(strings: [""]) != Self.digest(strings: []))
        #expect(Self.digest(strings: ["", "x"]) != Self.digest(strings: ["x", ""]))
    }

    /// A string is its UTF-8 length, then one word per byte.
    @Test func stringEncoding() {
        #expect(Self.digest(strings: ["é!"]) == Self.digest([3, 0xC3, 0xA9, 0x21]))
    }

    @Test func signedAndDoubleWordsUseTheirBitPatterns() {
        var signed = RunDigest()
        signed.add(-1 as Int64)
        var double = RunDigest()
        double.add(-0.0)
        #expect(signed == Self.digest([.max]))
        #expect(double == Self.digest([0x8000_0000_0000_0000]))
        var positiveZero = RunDigest()
        positiveZero.add(0.0)
        #expect(positiveZero != double)
    }
}
