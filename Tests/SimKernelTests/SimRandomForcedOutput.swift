@testable import SimKernel

extension SimRandom {
    /// A generator whose next output is exactly `output`, for testing samplers at their edges.
    ///
    /// xoshiro256**'s output `rotl(s1 · 5, 7) · 9` is a bijection of `s1`, so it can be inverted.
    static func forcingNextOutput(_ output: UInt64) -> SimRandom {
        var random = SimRandom(seed: 0)
        let beforeTimesNine = output &* multiplicativeInverse(9)
        let rotated = beforeTimesNine.rotatedLeft(by: 64 - 7)
        random.s1 = rotated &* multiplicativeInverse(5)
        return random
    }

    /// The inverse of an odd number modulo 2^64 (Newton's iteration doubles the correct bits).
    private static func multiplicativeInverse(_ odd: UInt64) -> UInt64 {
        var inverse = odd
        for _ in 0..<6 { inverse = inverse &* (2 &- odd &* inverse) }
        return inverse
    }
}
