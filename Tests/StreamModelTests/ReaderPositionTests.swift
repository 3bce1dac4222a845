import Testing
import SimKernel
@testable import StreamModel

/// Readers' positions (§5, §6): each reader advances past what it got; a shard trims only what
/// the slowest reader has passed; `.latest` starts after the newest record.
struct ReaderPositionTests {
    typealias F = StreamFixture

    /// One second between calls keeps every call clear of the shard's read limits.
    struct Clock {
        var seconds: Int64 = 0
        mutating func tick() -> SimTime {
            seconds += 1
            return F.at(s: seconds)
        }
    }

    @Test func test_R3_readerPositionAdvancesPastReturnedRecords() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(7, bytes: 10), at: .zero)
        let reader = stream.startReader(at: .trimHorizon)
        var clock = Clock()
        #expect(stream.position(reader: reader, shard: 0) == 0)
        _ = stream.getRecords(reader: reader, shard: 0, limit: 4, now: clock.tick())
        #expect(stream.position(reader: reader, shard: 0) == 4)
        _ = stream.getRecords(reader: reader, shard: 0, limit: 4, now: clock.tick())
        #expect(stream.position(reader: reader, shard: 0) == 7)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 4, now: clock.tick()) == .records(first: 7, count: 0, bytes: 0))
        #expect(stream.position(reader: reader, shard: 0) == 7)
    }

    @Test func test_R3_readsReturnRecordsInSequenceOrder() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(5, bytes: 10, firstPayload: 100), at: .zero)
        _ = try stream.put(F.entries(5, bytes: 10, firstPayload: 200), at: F.at(ms: 10))
        let reader = stream.startReader(at: .trimHorizon)
        guard case .records(let first, let count, _) = stream.getRecords(reader: reader, shard: 0, limit: 100, now: F.at(s: 1)) else {
            Issue.record("read throttled")
            return
        }
        let payloads = (first..<first + UInt64(count)).map { stream.record(shard: 0, offset: $0).payload }
        #expect(payloads == Array(100..<105) + Array(200..<205))
        #expect(stream.record(shard: 0, offset: 5).arrival == F.at(ms: 10))
    }

    @Test func test_T3_readersHaveIndependentPositions() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(10, bytes: 10), at: .zero)
        let fast = stream.startReader(at: .trimHorizon)
        let slow = stream.startReader(at: .trimHorizon)
        var clock = Clock()
        _ = stream.getRecords(reader: fast, shard: 0, limit: 8, now: clock.tick())
        _ = stream.getRecords(reader: slow, shard: 0, limit: 2, now: clock.tick())
        #expect(stream.position(reader: fast, shard: 0) == 8)
        #expect(stream.position(reader: slow, shard: 0) == 2)
    }

    @Test func test_T3_trimsOnlyBelowTheSlowestReader() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(10, bytes: 10), at: .zero)
        let fast = stream.startReader(at: .trimHorizon)
        let slow = stream.startReader(at: .trimHorizon)
        var clock = Clock()
        _ = stream.getRecords(reader: fast, shard: 0, limit: 10, now: clock.tick())
        _ = stream.getRecords(reader: fast, shard: 0, limit: 10, now: clock.tick())
        #expect(stream.shards[0].firstOffset == 0)  // the slow reader has read nothing
        #expect(stream.shards[0].retainedCount == 10)

        _ = stream.getRecords(reader: slow, shard: 0, limit: 3, now: clock.tick())
        _ = stream.getRecords(reader: fast, shard: 0, limit: 10, now: clock.tick())
        #expect(stream.shards[0].firstOffset == 3)
        #expect(stream.shards[0].retainedCount == 7)
        #expect(stream.record(shard: 0, offset: 3).payload == 3)

        _ = stream.getRecords(reader: slow, shard: 0, limit: 10, now: clock.tick())
        _ = stream.getRecords(reader: slow, shard: 0, limit: 10, now: clock.tick())
        #expect(stream.shards[0].firstOffset == 10)
        #expect(stream.shards[0].retainedCount == 0)
        #expect(stream.shards[0].nextOffset == 10)  // offsets continue after trimming
    }

    @Test func test_T3_trimmingKeepsOffsetsForNewWrites() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(4, bytes: 10), at: .zero)
        let reader = stream.startReader(at: .trimHorizon)
        var clock = Clock()
        _ = stream.getRecords(reader: reader, shard: 0, limit: 4, now: clock.tick())
        _ = stream.getRecords(reader: reader, shard: 0, limit: 4, now: clock.tick())
        let outcome = try stream.put([F.entry(bytes: 10, payload: 99)], at: clock.tick())
        #expect(outcome.results == [.accepted(shard: 0, offset: 4)])
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 4, now: clock.tick()) == .records(first: 4, count: 1, bytes: 10))
        #expect(stream.record(shard: 0, offset: 4).payload == 99)
    }

    @Test func test_R6_latestStartsAfterTheNewestRecord() throws {
        var stream = F.stream(shards: 2)
        _ = try stream.put(F.entries(3, bytes: 10, hashKey: 0) + F.entries(1, bytes: 10, hashKey: .max), at: .zero)
        let reader = stream.startReader(at: .latest)
        #expect(stream.position(reader: reader, shard: 0) == 3)
        #expect(stream.position(reader: reader, shard: 1) == 1)
        var clock = Clock()
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10, now: clock.tick()) == .records(first: 3, count: 0, bytes: 0))
        _ = try stream.put(F.entries(2, bytes: 10, hashKey: 0, firstPayload: 50), at: clock.tick())
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10, now: clock.tick()) == .records(first: 3, count: 2, bytes: 20))
        #expect(stream.record(shard: 0, offset: 3).payload == 50)
    }

    @Test func test_R6_trimHorizonStartsAtTheOldestRecord() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(3, bytes: 10), at: .zero)
        let early = stream.startReader(at: .trimHorizon)
        let late = stream.startReader(at: .latest)
        #expect(stream.position(reader: early, shard: 0) == 0)
        #expect(stream.position(reader: late, shard: 0) == 3)
    }

    @Test func test_R10_newestArrivalIsTheLatestAcceptance() throws {
        var stream = F.stream()
        _ = try stream.put([F.entry(bytes: 10)], at: F.at(ms: 5))
        _ = try stream.put([F.entry(bytes: 2_000_000 / 2)], at: F.at(ms: 7))
        _ = try stream.put([F.entry(bytes: 1_048_576)], at: F.at(ms: 8))  // throttled: not newest
        #expect(stream.shards[0].newestArrival == F.at(ms: 7))
    }
}
