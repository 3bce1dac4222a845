import Testing
import SimKernel
@testable import StreamModel

/// The two window models of §3 at their boundaries: sliding (every `(t − 1 s, t]`) and fixed
/// (every aligned second), both in records (W1) and bytes with the key (W2), and neither with
/// the token bucket's refill within a second (W4, W7).
struct WindowThrottlingTests {
    typealias F = StreamFixture

    /// Offers `offered` records of 10 B at `at` and expects `admitted` of them accepted.
    typealias Offer = (at: SimTime, offered: Int, admitted: Int)

    func expect(_ model: ThrottlingModel, shards: Int = 1, _ offers: [Offer], hashKey: UInt128 = 0) throws {
        var stream = F.stream(shards: shards, limits: F.limits(model))
        for offer in offers {
            #expect(try stream.accepted(offer.offered, bytes: 10, at: offer.at, hashKey: hashKey) == offer.admitted,
                    "\(model) at \(offer.at)")
        }
    }

    @Test func test_W1_slidingWindowAdmitsExactly1000ThenRejects() throws {
        // At exactly 1 s the records of t = 0 have left (t − 1 s, t].
        try expect(.slidingWindow, [(.zero, 1_000, 1_000), (.zero, 1, 0), (F.at(ns: 999_999_999), 1, 0),
                                    (F.at(s: 1), 1_001, 1_000)])
    }

    @Test func test_W4_slidingWindowChecksEverySecondNotOnlyAlignedOnes() throws {
        // (0.6 s, 1.6 s] no longer holds the records of 0.6 s.
        try expect(.slidingWindow, [(F.at(ms: 600), 500, 500), (F.at(ms: 1_200), 501, 500),
                                    (F.at(ns: 1_599_999_999), 1, 0), (F.at(ms: 1_600), 501, 500)])
    }

    @Test func test_W4_fixedWindowResetsAtTheAlignedSecond() throws {
        // A new second: the whole limit again one nanosecond later (the fixed window's edge burst),
        // and 1.2 s is a new second although less than a second has passed, unlike sliding.
        try expect(.fixedWindow, [(F.at(ms: 999), 1_001, 1_000), (F.at(ns: 999_999_999), 1, 0), (F.at(s: 1), 1_001, 1_000),
                                  (F.at(ns: 1_999_999_999), 1, 0), (F.at(s: 5), 1, 1)])
        try expect(.fixedWindow, [(F.at(ms: 600), 500, 500), (F.at(ms: 1_200), 1_001, 1_000)])
    }

    @Test func test_W7_onlyTheTokenBucketRefillsWithinTheSecond() throws {
        try expect(.tokenBucket, [(.zero, 1_000, 1_000), (F.at(ms: 500), 501, 500)])
        try expect(.slidingWindow, [(.zero, 1_000, 1_000), (F.at(ms: 500), 1, 0)])
        try expect(.fixedWindow, [(.zero, 1_000, 1_000), (F.at(ms: 500), 1, 0)])
    }

    @Test(arguments: ThrottlingModel.allCases)
    func test_W1_limitsArePerShard(model: ThrottlingModel) throws {
        try expect(model, shards: 2, [(.zero, 1_001, 1_000)], hashKey: 0)
        try expect(model, shards: 2, [(.zero, 1_001, 1_000)], hashKey: .max)
    }

    @Test func test_W2_slidingWindowByteLimitIncludesThePartitionKey() throws {
        var stream = F.stream(limits: F.limits(.slidingWindow))
        #expect(try stream.put([F.entry(bytes: 1_048_566)], at: .zero).failed == 0)  // 10 B left
        let keyed = PutEntry(hashKey: 0, partitionKeyLength: 2, dataBytes: 9, payload: 0)  // 11 B
        #expect(try stream.put([keyed], at: F.at(ms: 1)).failed == 1)
        let fits = PutEntry(hashKey: 0, partitionKeyLength: 2, dataBytes: 8, payload: 0)  // 10 B
        #expect(try stream.put([fits, F.entry(bytes: 1)], at: F.at(ms: 2)).acceptedFlags == [true, false])
        // The 1,048,566 B leave at 1 s; the 10 B of 2 ms stay until 1.002 s.
        #expect(try stream.put([F.entry(bytes: 1_048_566), F.entry(bytes: 1)], at: F.at(s: 1)).acceptedFlags == [true, false])
    }

    @Test func test_W2_fixedWindowByteLimitExactlyAtCapacity() throws {
        var stream = F.stream(limits: F.limits(.fixedWindow))
        #expect(try stream.put([F.entry(bytes: 524_288), F.entry(bytes: 524_288), F.entry(bytes: 1)], at: F.at(ms: 10))
                    .acceptedFlags == [true, true, false])
        #expect(try stream.put([F.entry(bytes: 1_048_576)], at: F.at(s: 1)).failed == 0)
    }

    @Test(arguments: [ThrottlingModel.slidingWindow, .fixedWindow])
    func test_W1_windowRejectedRecordDebitsNothing(model: ThrottlingModel) throws {
        var stream = F.stream(limits: F.limits(model))
        #expect(try stream.accepted(999, bytes: 1_000, at: .zero) == 999)  // 1 record, 49,576 B left
        let outcome = try stream.put([F.entry(bytes: 49_577), F.entry(bytes: 49_576), F.entry(bytes: 1)], at: .zero)
        #expect(outcome.results == [.throttled(shard: 0), .accepted(shard: 0, offset: 999), .throttled(shard: 0)])
    }

    @Test(arguments: ThrottlingModel.allCases)
    func theStreamAuditPassesUnderEveryModel(model: ThrottlingModel) throws {
        var stream = F.stream(shards: 2, limits: F.limits(model))
        for step in 0..<30 as Range<Int64> {
            _ = try stream.accepted(300, bytes: 2_000, at: F.at(ms: step * 70), hashKey: UInt128(step % 2) * .max)
            stream.checkInvariants()
        }
        #expect(stream.shards.allSatisfy { $0.writes.model == model })
    }
}
