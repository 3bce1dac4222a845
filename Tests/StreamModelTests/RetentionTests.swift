import Testing
import SimKernel
@testable import StreamModel

/// Retention (§6, T1, T4): a read never returns a record older than retention (exactly
/// retention is still returned); a reader behind the trim horizon moves to it and the records it
/// skipped are counted lost to it alone; a CLOSED shard expires once retention has passed since
/// it closed, ending every reader's cursor.
struct RetentionTests {
    typealias F = StreamFixture

    static let retention = SimDuration.seconds(10)

    func stream(shards: Int = 1) -> DataStream<Int> { F.stream(shards: shards, retention: Self.retention) }

    @Test func test_T1_aRecordOfAgeExactlyRetentionIsReturned() throws {
        var stream = stream()
        _ = try stream.put([F.entry(bytes: 10)], at: F.at(s: 1))
        let reader = stream.startReader(at: .trimHorizon)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10, now: F.at(s: 1) + Self.retention) == .records(first: 0, count: 1, bytes: 10))
        #expect(stream.lost(reader: reader, shard: 0) == 0)
    }

    @Test func test_T1_aRecordOneNanosecondOlderIsTrimmedBeforeTheReadAndLost() throws {
        var stream = stream()
        _ = try stream.put([F.entry(bytes: 10)], at: F.at(s: 1))
        _ = try stream.put([F.entry(bytes: 10, payload: 1)], at: F.at(s: 2))
        let reader = stream.startReader(at: .trimHorizon)
        let now = F.at(s: 1) + Self.retention + .nanoseconds(1)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10, now: now) == .records(first: 1, count: 1, bytes: 10))
        #expect(stream.record(shard: 0, offset: 1).payload == 1)
        #expect(stream.lost(reader: reader, shard: 0) == 1)
        #expect(stream.shards[0].firstOffset == 1)
    }

    /// Three records at 0 s and two at 5 s; at 10 s + 1 ns the first three are past retention.
    /// `ahead` had read one, `done` all five, `idle` none.
    @Test func test_T1_eachReaderLosesExactlyTheRecordsItHadNotRead() throws {
        var stream = stream()
        _ = try stream.put(F.entries(3, bytes: 10), at: .zero)
        _ = try stream.put(F.entries(2, bytes: 10, firstPayload: 3), at: F.at(s: 5))
        let (ahead, done, idle) = (stream.startReader(at: .trimHorizon), stream.startReader(at: .trimHorizon),
                                   stream.startReader(at: .trimHorizon))
        _ = stream.getRecords(reader: ahead, shard: 0, limit: 1, now: F.at(s: 6))
        _ = stream.getRecords(reader: done, shard: 0, limit: 10, now: F.at(s: 6))
        #expect(stream.getRecords(reader: ahead, shard: 0, limit: 10, now: .zero + Self.retention + .nanoseconds(1))
                    == .records(first: 3, count: 2, bytes: 20))
        #expect([ahead, done, idle].map { stream.lost(reader: $0, shard: 0) } == [2, 0, 3])
        #expect([ahead, done, idle].map { stream.position(reader: $0, shard: 0) } == [5, 5, 3])
        stream.checkInvariants()
    }

    @Test func test_T1_applyRetentionTrimsEveryShardAtTheBoundary() throws {
        var stream = stream(shards: 2)
        _ = try stream.put([F.entry(bytes: 10, hashKey: 0), F.entry(bytes: 10, hashKey: .max)], at: F.at(s: 1))
        let reader = stream.startReader(at: .trimHorizon)
        stream.applyRetention(now: F.at(s: 1) + Self.retention)
        #expect(stream.shards.map(\.firstOffset) == [0, 0])
        stream.applyRetention(now: F.at(s: 1) + Self.retention + .nanoseconds(1))
        #expect(stream.shards.map(\.firstOffset) == [1, 1])
        #expect([0, 1].map { stream.lost(reader: reader, shard: $0) } == [1, 1])
    }

    // MARK: T4 expiry of CLOSED shards

    /// Two records written at 5 s into shard 0, which closes at 6 s; readers `a` and `b` have
    /// read nothing, `caughtUp` read both records before the close (so its cursor has not ended).
    func closedAtSix() throws -> (stream: DataStream<Int>, readers: [Int]) {
        var stream = stream()
        _ = try stream.put(F.entries(2, bytes: 10), at: F.at(s: 5))
        let readers = (0..<3).map { _ in stream.startReader(at: .trimHorizon) }
        _ = stream.getRecords(reader: readers[2], shard: 0, limit: 10, now: F.at(ms: 5_500))
        try stream.splitShard(0, at: stream.shards[0].range.midpointSplitKey, now: F.at(s: 6))
        return (stream, readers)
    }

    @Test func test_T4_aClosedShardExpiresOneNanosecondAfterRetentionSinceItClosedAndEndsEveryCursor() throws {
        var (stream, readers) = try closedAtSix()
        let expiry = F.at(s: 6) + Self.retention
        stream.applyRetention(now: expiry)
        #expect(stream.shards[0].state == .closed)
        #expect(readers.map { stream.cursor(reader: $0, shard: 0).ended } == [false, false, false])
        stream.applyRetention(now: expiry + .nanoseconds(1))
        #expect(stream.shards[0].state == .expired)
        #expect(readers.map { stream.cursor(reader: $0, shard: 0).ended } == [true, true, true])
        #expect(stream.shards[1].state == .open && stream.shards[2].state == .open)
    }

    @Test func test_T4_expiryCountsTheUnreadRecordsLost() throws {
        var (stream, readers) = try closedAtSix()
        _ = stream.getRecords(reader: readers[0], shard: 0, limit: 1, now: F.at(s: 7))
        stream.applyRetention(now: F.at(s: 6) + Self.retention + .nanoseconds(1))
        #expect(stream.shards[0].state == .expired)
        #expect(stream.shards[0].retainedCount == 0)
        #expect(readers.map { stream.lost(reader: $0, shard: 0) } == [1, 2, 0])
    }

    @Test func test_T4_aReadOfAnExpiredShardReturnsNothingAndEnds() throws {
        var (stream, readers) = try closedAtSix()
        let a = readers[0]
        let now = F.at(s: 6) + Self.retention + .nanoseconds(1)
        #expect(stream.getRecords(reader: a, shard: 0, limit: 10, now: now) == .records(first: 2, count: 0, bytes: 0))
        #expect(stream.cursor(reader: a, shard: 0).ended)
        #expect(stream.lost(reader: a, shard: 0) == 2)
    }

    // MARK: Loss only for records the reader could have read

    /// The trim horizon of a reader registered at 20 s is the record of 15 s: the two records
    /// of 1 s were past retention before it existed, so they are not lost to it.
    @Test func test_T1_recordsAgedOutBeforeAReaderRegisteredAreNotLostToIt() throws {
        var stream = stream()
        _ = try stream.put(F.entries(2, bytes: 10), at: F.at(s: 1))
        _ = try stream.put([F.entry(bytes: 10, payload: 2)], at: F.at(s: 15))
        let reader = stream.startReader(at: .trimHorizon, now: F.at(s: 20))
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10, now: F.at(s: 20)) == .records(first: 2, count: 1, bytes: 10))
        #expect(stream.lost(reader: reader, shard: 0) == 0)
    }

    /// An AT_TIMESTAMP reader starting at 5 s never wanted the records of 1 s: retention
    /// trimming them before its first read is no loss to it.
    @Test func test_T1_recordsBeforeAnAtTimestampStartAreNotLostToThatReader() throws {
        var stream = stream()
        let reader = stream.startReader(at: .atTimestamp(F.at(s: 5)))
        _ = try stream.put(F.entries(2, bytes: 10), at: F.at(s: 1))
        _ = try stream.put([F.entry(bytes: 10, payload: 2)], at: F.at(s: 6))
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10, now: F.at(s: 12)) == .records(first: 2, count: 1, bytes: 10))
        #expect(stream.lost(reader: reader, shard: 0) == 0)
    }
}
