import Testing
import SimKernel
@testable import StreamModel

/// `TokenBucket`: exact integer refill, capped at one second of rate, overdrawable (§3, R4a).
struct TokenBucketTests {
    typealias F = StreamFixture

    @Test func test_W7_bucketStartsFull() {
        let bucket = TokenBucket(ratePerSecond: 1_000)
        #expect(bucket.tokens == 1_000)
        #expect(bucket.holds(1_000))
        #expect(!bucket.holds(1_001))
        #expect(bucket.isNonNegative)
    }

    @Test func test_W7_refillOfOneTokenLandsOnTheExactNanosecond() {
        var bucket = TokenBucket(ratePerSecond: 1_000)
        bucket.take(1_000)
        bucket.refill(to: F.at(ns: 999_999))
        #expect(!bucket.holds(1))
        #expect(bucket.tokens == 0)
        bucket.refill(to: F.at(ns: 1_000_000))
        #expect(bucket.holds(1))
        #expect(!bucket.holds(2))
    }

    /// When a paced sender (a fan-out subscription, E1) may go on: the exact nanosecond the
    /// refill covers the shortfall, and the last refill itself when nothing is short.
    @Test func timeHoldingIsTheNanosecondTheRefillCoversTheShortfall() {
        var bucket = TokenBucket(ratePerSecond: 1_000)
        #expect(bucket.timeHolding(1) == .zero)
        bucket.take(1_000)
        #expect(bucket.timeHolding(1) == F.at(ns: 1_000_000))
        bucket.take(2)  // overdrawn by 2: 3 ms until one token is held again
        #expect(bucket.timeHolding(1) == F.at(ns: 3_000_000))
        bucket.refill(to: F.at(ns: 3_000_000))
        #expect(bucket.holds(1) && !bucket.holds(2))
    }

    @Test func test_W7_refillOverDeltaIsExactlyRateTimesDelta() {
        var bucket = TokenBucket(ratePerSecond: 1_048_576)
        bucket.take(1_048_576)
        bucket.refill(to: F.at(ns: 700_000))
        #expect(bucket.scaled == 1_048_576 * 700_000)
        #expect(bucket.tokens == 734)  // 1,048,576 B/s × 0.7 ms = 734.0032 B
    }

    @Test(arguments: [(rate: Int64(3), step: Int64(999)), (rate: 1_048_576, step: 7), (rate: 1_000, step: 1)])
    func test_W7_manySmallRefillsEqualOneBigRefill(rate: Int64, step: Int64) {
        var stepped = TokenBucket(ratePerSecond: rate)
        stepped.take(rate)
        var single = stepped
        let steps: Int64 = 200_000
        for index in 1...steps { stepped.refill(to: F.at(ns: index * step)) }
        single.refill(to: F.at(ns: steps * step))
        #expect(stepped.scaled == single.scaled)
        #expect(single.scaled == min(rate * steps * step, rate * TokenBucket.scale))
    }

    @Test func test_W7_longIdleFillsToCapacityWithoutOverflow() {
        var partly = TokenBucket(ratePerSecond: 1_048_576)
        partly.take(500)
        partly.refill(to: SimTime(nanoseconds: .max))
        #expect(partly.tokens == 1_048_576)
        #expect(!partly.holds(1_048_577))

        var full = TokenBucket(ratePerSecond: 2_097_152)
        full.refill(to: SimTime(nanoseconds: .max / 2))
        full.refill(to: SimTime(nanoseconds: .max))
        #expect(full.tokens == 2_097_152)
    }

    @Test func test_R4a_deepOverdraftThenLongIdleFillsToCapacity() {
        var bucket = TokenBucket(ratePerSecond: 2_097_152)
        bucket.take(10 * 2_097_152)
        #expect(bucket.tokens == -9 * 2_097_152)
        bucket.refill(to: SimTime(nanoseconds: .max))
        #expect(bucket.tokens == 2_097_152)
    }

    @Test func test_R4a_overdrawThenRefillBackToZeroThenCapacity() {
        var bucket = TokenBucket(ratePerSecond: 1_000)
        bucket.take(3_000)
        #expect(bucket.tokens == -2_000)
        #expect(!bucket.isNonNegative)
        bucket.refill(to: F.at(ns: 1_999_999_999))
        #expect(!bucket.isNonNegative)
        bucket.refill(to: F.at(s: 2))
        #expect(bucket.isNonNegative)
        #expect(bucket.tokens == 0)
        #expect(!bucket.holds(1))
        bucket.refill(to: F.at(s: 10))
        #expect(bucket.tokens == 1_000)  // capped at one second, not the 8 s of idle
    }

    @Test func test_R4a_negativeTokensRoundDown() {
        var bucket = TokenBucket(ratePerSecond: 1_000)
        bucket.take(1_001)
        bucket.refill(to: F.at(ns: 500_000))  // −1 + 0.5 = −0.5 tokens
        #expect(bucket.tokens == -1)
        #expect(!bucket.isNonNegative)
        bucket.refill(to: F.at(ns: 1_500_000))  // +0.5
        #expect(bucket.tokens == 0)
        #expect(!bucket.holds(1))
    }

    @Test func refillingBackwardsStops() async {
        await #expect(processExitsWith: .failure) {
            var bucket = TokenBucket(ratePerSecond: 1_000)
            bucket.refill(to: SimTime(nanoseconds: 10))
            bucket.refill(to: SimTime(nanoseconds: 9))
        }
    }
}
