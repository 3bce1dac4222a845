import Testing
import SimKernel
@testable import StreamModel

/// Shard iterators (§5, R6, R7): where TRIM_HORIZON, LATEST and AT_TIMESTAMP start; an iterator
/// lives `iteratorLifetime` from issue, a successful read or GetShardIterator renews it, a
/// throttled call does not, and an expired call moves nothing, uses no call slot and leaves the
/// reader without an iterator.
struct IteratorTests {
    typealias F = StreamFixture

    /// One shard whose records (payload = offset) arrived at 10, 20, 20 and 30 ms.
    func timedStream(retention: SimDuration = .hours(24)) throws -> DataStream<Int> {
        var stream = F.stream(retention: retention)
        for (offset, ms) in [10, 20, 20, 30].enumerated() {
            _ = try stream.put([F.entry(bytes: 10, payload: offset)], at: F.at(ms: Int64(ms)))
        }
        return stream
    }

    /// What the first read of a reader registered at 40 ms with `start` returns (at 1 s).
    func firstRead(from start: StartingPosition) throws -> ReadOutcome {
        var stream = try timedStream()
        let reader = stream.startReader(at: start, now: F.at(ms: 40))
        return stream.getRecords(reader: reader, shard: 0, limit: 100, now: F.at(s: 1))
    }

    @Test func test_R6_trimHorizonLatestAndAtTimestampStartAtDifferentRecords() throws {
        #expect(try firstRead(from: .trimHorizon) == .records(first: 0, count: 4, bytes: 40))
        #expect(try firstRead(from: .latest) == .records(first: 4, count: 0, bytes: 0))
        #expect(try firstRead(from: .atTimestamp(F.at(ms: 30))) == .records(first: 3, count: 1, bytes: 10))
    }

    @Test func test_R6_atTimestampWithAnExactMatchStartsAtTheFirstRecordOfThatTime() throws {
        #expect(try firstRead(from: .atTimestamp(F.at(ms: 20))) == .records(first: 1, count: 3, bytes: 30))
    }

    @Test func test_R6_atTimestampWithoutAnExactMatchStartsAtTheNextLaterRecord() throws {
        #expect(try firstRead(from: .atTimestamp(F.at(ms: 20) - .nanoseconds(1))) == .records(first: 1, count: 3, bytes: 30))
        #expect(try firstRead(from: .atTimestamp(F.at(ms: 20) + .nanoseconds(1))) == .records(first: 3, count: 1, bytes: 10))
    }

    @Test func test_R6_atTimestampBeforeEveryRecordIsTheTrimHorizon() throws {
        #expect(try firstRead(from: .atTimestamp(F.at(ns: 1))) == firstRead(from: .trimHorizon))
        #expect(try firstRead(from: .atTimestamp(F.at(ms: 10))) == .records(first: 0, count: 4, bytes: 40))
    }

    @Test func test_R6_atTimestampAfterEveryRecordWaitsForTheNextOne() throws {
        var stream = try timedStream()
        let reader = stream.startReader(at: .atTimestamp(F.at(ms: 30) + .nanoseconds(1)), now: F.at(ms: 40))
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 100, now: F.at(s: 1)) == .records(first: 4, count: 0, bytes: 0))
        _ = try stream.put([F.entry(bytes: 10, payload: 4)], at: F.at(s: 2))
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 100, now: F.at(s: 3)) == .records(first: 4, count: 1, bytes: 10))
    }

    /// Retention 25 ms at 40 ms trims the record of 10 ms (age 30 ms): the oldest kept record is offset 1.
    @Test func test_R6_atTimestampOlderThanTheTrimHorizonStartsAtTheOldestKeptRecord() throws {
        var stream = try timedStream(retention: .milliseconds(25))
        let reader = stream.startReader(at: .atTimestamp(F.at(ns: 1)), now: F.at(ms: 40))
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 100, now: F.at(ms: 40)) == .records(first: 1, count: 3, bytes: 30))
    }

    /// A child created by a reshard applies the reader's timestamp too.
    @Test func test_R6_atTimestampAppliesToChildShards() throws {
        var stream = F.stream()
        let reader = stream.startReader(at: .atTimestamp(F.at(s: 3)))
        let children = try stream.splitShard(0, at: F.key(127), now: F.at(s: 1))
        #expect(try stream.route(0, at: F.at(s: 2), payload: 2) == children[0])
        #expect(try stream.route(0, at: F.at(s: 4), payload: 4) == children[0])
        #expect(stream.getShardIterator(reader: reader, shard: children[0], now: F.at(s: 5)) == .issued)
        #expect(stream.getRecords(reader: reader, shard: children[0], limit: 10, now: F.at(s: 5))
                    == .records(first: 1, count: 1, bytes: 10))
    }

    // MARK: R7

    /// One shard with `records` records at t = 0 and default limits (iterators live 5 min).
    func loadedStream(records: Int = 10) throws -> DataStream<Int> {
        var stream = F.stream()
        _ = try stream.put(F.entries(records, bytes: 10), at: .zero)
        return stream
    }

    var lifetime: SimDuration { StreamLimits().iteratorLifetime }

    @Test func test_R7_iteratorWorksAtExactlyItsLifetimeAndExpiresOneNanosecondLater() throws {
        var stream = try loadedStream()
        let onTime = stream.startReader(at: .trimHorizon)
        let late = stream.startReader(at: .trimHorizon)
        #expect(stream.getRecords(reader: onTime, shard: 0, limit: 1, now: .zero + lifetime) == .records(first: 0, count: 1, bytes: 10))
        #expect(stream.getRecords(reader: late, shard: 0, limit: 1, now: .zero + lifetime + .nanoseconds(1)) == .expiredIterator)
    }

    @Test func test_R7_aSuccessfulReadRenewsTheIterator() throws {
        var stream = try loadedStream(records: 1)
        let reader = stream.startReader(at: .trimHorizon)
        let renewed = F.at(s: 60)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 1, now: renewed).count == 1)
        // Past the first iterator's lifetime, within the renewed one; an empty read renews too.
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 1, now: renewed + lifetime) == .records(first: 1, count: 0, bytes: 0))
        #expect(stream.cursor(reader: reader, shard: 0).iteratorIssuedAt == renewed + lifetime)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 1, now: renewed + lifetime * 2 + .nanoseconds(1)) == .expiredIterator)
    }

    @Test func test_R7_aThrottledCallDoesNotRenewTheIterator() throws {
        var stream = try loadedStream()
        let reader = stream.startReader(at: .trimHorizon)
        let busy = F.at(s: 60)
        let other = stream.startReader(at: .trimHorizon, now: busy)
        for _ in 0..<5 { _ = stream.getRecords(reader: other, shard: 0, limit: 1, now: busy) }
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 1, now: busy) == .throttled)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 1, now: .zero + lifetime + .nanoseconds(1)) == .expiredIterator)
    }

    @Test func test_R7_getShardIteratorRenewsTheIterator() throws {
        var stream = try loadedStream()
        let reader = stream.startReader(at: .trimHorizon)
        let renewed = F.at(s: 60)
        #expect(stream.getShardIterator(reader: reader, shard: 0, now: renewed) == .issued)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 1, now: .zero + lifetime + .nanoseconds(1))
                    == .records(first: 0, count: 1, bytes: 10))
    }

    @Test func test_R7_anExpiredCallKeepsThePositionAndUsesNoCallSlot() throws {
        var stream = try loadedStream()
        let expired = stream.startReader(at: .trimHorizon)
        let now = SimTime.zero + lifetime + .nanoseconds(1)
        let fresh = stream.startReader(at: .trimHorizon, now: now)
        for _ in 0..<4 { #expect(stream.getRecords(reader: fresh, shard: 0, limit: 1, now: now).count == 1) }
        #expect(stream.getRecords(reader: expired, shard: 0, limit: 1, now: now) == .expiredIterator)
        #expect(stream.cursor(reader: expired, shard: 0).position == 0)
        #expect(stream.cursor(reader: expired, shard: 0).iteratorIssuedAt == nil, "the expired iterator is dropped")
        // Had the expired call taken a slot, the fifth call would be throttled.
        #expect(stream.getRecords(reader: fresh, shard: 0, limit: 1, now: now) == .records(first: 4, count: 1, bytes: 10))
        #expect(stream.getRecords(reader: fresh, shard: 0, limit: 1, now: now) == .throttled)
        // A new iterator resumes where the expired one stood.
        #expect(stream.getShardIterator(reader: expired, shard: 0, now: now) == .issued)
        #expect(stream.getRecords(reader: expired, shard: 0, limit: 1, now: now + .seconds(1)) == .records(first: 0, count: 1, bytes: 10))
    }
}
