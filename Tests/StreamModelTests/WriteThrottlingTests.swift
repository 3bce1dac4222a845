import Testing
import SimKernel
@testable import StreamModel

/// Write admission per shard (§3, W1, W2, W7): a record bucket of 1,000 and a byte bucket of
/// 1,048,576, both starting full; a throttled entry debits nothing.
struct WriteThrottlingTests {
    typealias F = StreamFixture

    @Test func test_W1_recordBucketAdmitsExactly1000ThenRejects() throws {
        var stream = F.stream()
        let first = try stream.put(F.entries(500, bytes: 100), at: .zero)
        let second = try stream.put(F.entries(500, bytes: 100, firstPayload: 500), at: .zero)
        #expect(first.failed == 0)
        #expect(second.failed == 0)
        #expect(stream.shards[0].nextOffset == 1_000)

        let over = try stream.put([F.entry(bytes: 100, payload: 1_000)], at: .zero)
        #expect(over.failed == 1)
        #expect(over.results == [.throttled(shard: 0)])
        #expect(stream.shards[0].nextOffset == 1_000)
    }

    @Test func test_W1_oneRecordOverWaitsOneMillisecondForItsToken() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(500, bytes: 10), at: .zero)
        _ = try stream.put(F.entries(500, bytes: 10), at: .zero)
        // 1,000 records/s: the next token is earned after exactly 1 ms.
        #expect(try stream.put([F.entry(bytes: 10)], at: F.at(ns: 999_999)).failed == 1)
        let refilled = try stream.put(F.entries(2, bytes: 10), at: F.at(ms: 1))
        #expect(refilled.results == [.accepted(shard: 0, offset: 1_000), .throttled(shard: 0)])
    }

    @Test func test_W4_aOneSecondSpikeIsThrottledThoughTheMinuteAverageIsFarBelowTheLimit() throws {
        var stream = F.stream()
        // 1,500 records in one instant and nothing else for a minute: 25 records/s on average,
        // yet the limit is per second, so 500 are throttled.
        #expect(try stream.accepted(1_500, bytes: 10, at: .zero) == 1_000)
        // The burst's excess waits for tokens earned at 1,000/s: 499 by 499 ms.
        #expect(try stream.accepted(500, bytes: 10, at: F.at(ms: 499)) == 499)
        #expect(try stream.accepted(1, bytes: 10, at: F.at(s: 60)) == 1)
    }

    @Test func test_W2_byteLimitExactlyAtCapacity() throws {
        var stream = F.stream()
        let whole = try stream.put([F.entry(bytes: 1_048_576)], at: .zero)
        #expect(whole.failed == 0)
        #expect(try stream.put([F.entry(bytes: 1)], at: .zero).failed == 1)
    }

    @Test func test_W2_oneByteOverIsThrottledWhileASmallerLaterEntrySucceeds() throws {
        var stream = F.stream()
        #expect(try stream.put([F.entry(bytes: 1_048_566)], at: .zero).failed == 0)  // 10 B left
        let outcome = try stream.put([F.entry(bytes: 11), F.entry(bytes: 10), F.entry(bytes: 1)], at: .zero)
        #expect(outcome.results == [.throttled(shard: 0), .accepted(shard: 0, offset: 1), .throttled(shard: 0)])
        #expect(outcome.failed == 2)
    }

    @Test func test_W2_partitionKeyBytesCount() throws {
        var stream = F.stream()
        #expect(try stream.put([F.entry(bytes: 1_048_566)], at: .zero).failed == 0)  // 10 B left
        // 9 data bytes + a 2-character key = 11 bytes: one over.
        let keyed = PutEntry(hashKey: 0, partitionKeyLength: 2, dataBytes: 9, payload: 0)
        #expect(try stream.put([keyed], at: .zero).failed == 1)
        let fits = PutEntry(hashKey: 0, partitionKeyLength: 2, dataBytes: 8, payload: 0)
        #expect(try stream.put([fits], at: .zero).failed == 0)
    }

    @Test func test_W7_recordBucketFullAgainAfterOneSecondIdle() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(500, bytes: 10), at: .zero)
        _ = try stream.put(F.entries(500, bytes: 10), at: .zero)
        let later = F.at(s: 1)
        #expect(try stream.put(F.entries(500, bytes: 10), at: later).failed == 0)
        #expect(try stream.put(F.entries(500, bytes: 10), at: later).failed == 0)
        #expect(try stream.put([F.entry(bytes: 10)], at: later).failed == 1)
    }

    @Test func test_W7_recordBucketHalfFullAfterHalfASecondIdle() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(500, bytes: 10), at: .zero)
        _ = try stream.put(F.entries(500, bytes: 10), at: .zero)
        let outcome = try stream.put(F.entries(500, bytes: 10), at: F.at(ms: 500))
        #expect(outcome.failed == 0)
        #expect(try stream.put([F.entry(bytes: 10)], at: F.at(ms: 500)).failed == 1)
    }

    @Test func test_W7_byteBucketFullAgainAfterOneSecondIdle() throws {
        var stream = F.stream()
        _ = try stream.put([F.entry(bytes: 1_048_576)], at: .zero)
        #expect(try stream.put([F.entry(bytes: 1_048_576)], at: F.at(ns: 999_999_999)).failed == 1)
        #expect(try stream.put([F.entry(bytes: 1_048_576)], at: F.at(s: 1)).failed == 0)
    }

    @Test func test_W7_byteBucketHalfFullAfterHalfASecondIdle() throws {
        var stream = F.stream()
        _ = try stream.put([F.entry(bytes: 1_048_576)], at: .zero)
        let half = F.at(ms: 500)
        let outcome = try stream.put([F.entry(bytes: 524_289), F.entry(bytes: 524_288), F.entry(bytes: 1)], at: half)
        #expect(outcome.throttledFlags == [true, false, true])
    }

    @Test func test_P5_batchStraddlingTheLimitIsProcessedInRequestOrder() throws {
        var stream = F.stream()
        // 997 records of 1,000 B: 3 records and 51,576 B left.
        _ = try stream.put(F.entries(500, bytes: 1_000), at: .zero)
        _ = try stream.put(F.entries(497, bytes: 1_000), at: .zero)
        let outcome = try stream.put([
            F.entry(bytes: 10, payload: 1),      // fits: 998th record
            F.entry(bytes: 60_000, payload: 2),  // more bytes than left
            F.entry(bytes: 10, payload: 3),      // smaller, later: fits (999th)
            F.entry(bytes: 10, payload: 4),      // 1,000th
            F.entry(bytes: 10, payload: 5),      // no record token left
        ], at: .zero)
        #expect(outcome.results == [
            .accepted(shard: 0, offset: 997), .throttled(shard: 0), .accepted(shard: 0, offset: 998),
            .accepted(shard: 0, offset: 999), .throttled(shard: 0),
        ])
        #expect(outcome.failed == 2)
        #expect((997..<1_000).map { stream.record(shard: 0, offset: UInt64($0)).payload } == [1, 3, 4])
    }

    @Test func test_P5_failedRecordCountCountsOnlyThrottledEntriesAcrossShards() throws {
        var stream = F.stream(shards: 2)
        let low: UInt128 = 0
        let high: UInt128 = .max
        _ = try stream.put(F.entries(500, bytes: 10, hashKey: low), at: .zero)
        _ = try stream.put(F.entries(500, bytes: 10, hashKey: low), at: .zero)
        // Shard 0 is out of record tokens; shard 1 is untouched.
        let outcome = try stream.put([F.entry(bytes: 10, hashKey: low), F.entry(bytes: 10, hashKey: high),
                                      F.entry(bytes: 10, hashKey: low), F.entry(bytes: 10, hashKey: high)], at: .zero)
        #expect(outcome.results == [.throttled(shard: 0), .accepted(shard: 1, offset: 0),
                                    .throttled(shard: 0), .accepted(shard: 1, offset: 1)])
        #expect(outcome.failed == 2)
    }

    @Test func test_W1_entryThrottledForBytesDebitsNoRecordToken() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(500, bytes: 2), at: .zero)
        _ = try stream.put(F.entries(499, bytes: 2), at: .zero)
        // One record token left; the big entry is throttled for bytes and must not spend it.
        let outcome = try stream.put([F.entry(bytes: 1_048_576), F.entry(bytes: 2)], at: .zero)
        #expect(outcome.throttledFlags == [true, false])
    }

    @Test func test_W2_entryThrottledForRecordsDebitsNoBytes() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(500, bytes: 2), at: .zero)
        _ = try stream.put(F.entries(500, bytes: 2), at: .zero)  // 2,000 B used, 1,046,576 B left
        #expect(try stream.put([F.entry(bytes: 1_000_000)], at: .zero).failed == 1)
        // 1 ms later: one record token, and 1,046,576 + 1,048 B (1,048,576 B/s × 1 ms, rounded down).
        let later = try stream.put([F.entry(bytes: 1_047_625), F.entry(bytes: 1_047_624)], at: F.at(ms: 1))
        #expect(later.throttledFlags == [true, false])
    }

    @Test func test_W7_throttledEntriesLeaveBothBucketsUntouched() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(500, bytes: 1_000), at: .zero)
        let before = (stream.shards[0].writeBuckets.records.scaled, stream.shards[0].writeBuckets.bytes.scaled)
        _ = try stream.put([F.entry(bytes: 1_000_000)], at: .zero)
        #expect(stream.shards[0].writeBuckets.records.scaled == before.0)
        #expect(stream.shards[0].writeBuckets.bytes.scaled == before.1)
        #expect(stream.shards[0].nextOffset == 500)
    }
}
