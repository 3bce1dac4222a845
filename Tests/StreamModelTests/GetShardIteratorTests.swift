import Testing
import SimKernel
@testable import StreamModel

/// GetShardIterator (R6, R8): all five iterator types point where AWS says, and a shard issues at
/// most 5 iterators in any second, shared by its readers; a throttled call changes nothing.
/// On a CLOSED shard, LATEST is its end, so the next read ends it and names its children.
struct GetShardIteratorTests {
    typealias F = StreamFixture

    /// One shard with four records (payload = offset) that arrived at 10, 20, 20 and 30 ms, and
    /// a reader that holds no iterator yet.
    func timedStream() throws -> (DataStream<Int>, reader: Int) {
        var stream = F.stream()
        for (offset, ms) in [10, 20, 20, 30].enumerated() {
            _ = try stream.put([F.entry(bytes: 10, payload: offset)], at: F.at(ms: Int64(ms)))
        }
        let reader = stream.registerReader(at: .latest, now: F.at(ms: 40))
        return (stream, reader)
    }

    /// Where an iterator of `type`, taken at 1 s, makes the next read start.
    func firstOffset(_ type: (DataStream<Int>) -> ShardIteratorType) throws -> UInt64? {
        var (stream, reader) = try timedStream()
        #expect(stream.getShardIterator(reader: reader, shard: 0, type: type(stream), now: F.at(s: 1)) == .issued)
        guard case .records(let first, _, _) = stream.getRecords(reader: reader, shard: 0, limit: 100, now: F.at(s: 1)) else {
            return nil
        }
        return first
    }

    @Test func test_R6_eachOfTheFiveIteratorTypesPointsWhereAWSSays() throws {
        #expect(try firstOffset { _ in .trimHorizon } == 0)
        #expect(try firstOffset { _ in .latest } == 4)
        #expect(try firstOffset { .atSequenceNumber($0.sequenceNumber(shard: 0, offset: 2)) } == 2)
        #expect(try firstOffset { .afterSequenceNumber($0.sequenceNumber(shard: 0, offset: 2)) } == 3)
        #expect(try firstOffset { _ in .atTimestamp(F.at(ms: 20)) } == 1)
    }

    @Test func test_R6_afterTheNewestSequenceNumberWaitsForTheNextRecord() throws {
        #expect(try firstOffset { .afterSequenceNumber($0.sequenceNumber(shard: 0, offset: 3)) } == 4)
        #expect(try firstOffset { _ in .atTimestamp(F.at(ms: 30) + .nanoseconds(1)) } == 4)
    }

    /// Retention 25 ms at 40 ms trims the record of 10 ms: a sequence number before the horizon
    /// gives the oldest kept record, as AT_TIMESTAMP does.
    @Test func test_R6_aPositionBeforeTheTrimHorizonIsTheTrimHorizon() throws {
        var stream = F.stream(retention: .milliseconds(25))
        for ms in [10, 20, 30] { _ = try stream.put([F.entry(bytes: 10)], at: F.at(ms: Int64(ms))) }
        let number = stream.sequenceNumber(shard: 0, offset: 0)
        let reader = stream.registerReader(at: .latest, now: F.at(ms: 30))
        #expect(stream.getShardIterator(reader: reader, shard: 0, type: .atSequenceNumber(number), now: F.at(ms: 40)) == .issued)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 100, now: F.at(ms: 40)) == .records(first: 1, count: 2, bytes: 20))
    }

    @Test func test_R8_fiveIteratorsPerSecondPerShardThenTheSixthIsThrottled() throws {
        var stream = F.stream(shards: 2)
        let readers = (0..<3).map { _ in stream.registerReader(at: .trimHorizon) }
        let t = F.at(s: 1)
        for call in 0..<5 { #expect(stream.getShardIterator(reader: readers[call % 3], shard: 0, now: t) == .issued) }
        #expect(stream.getShardIterator(reader: readers[2], shard: 0, now: t + .milliseconds(999)) == .throttled)
        #expect(stream.cursor(reader: readers[2], shard: 0).iteratorIssuedAt == t, "a throttled call issues nothing")
        #expect(stream.getShardIterator(reader: readers[0], shard: 1, now: t) == .issued, "each shard has its own 5")
        #expect(stream.getShardIterator(reader: readers[2], shard: 0, now: t + .seconds(1)) == .issued)
    }

    @Test func test_R8_aThrottledCallMovesNoReader() throws {
        var (stream, reader) = try timedStream()
        let t = F.at(s: 1)
        for _ in 0..<5 { _ = stream.getShardIterator(reader: reader, shard: 0, type: .latest, now: t) }
        #expect(stream.getShardIterator(reader: reader, shard: 0, type: .trimHorizon, now: t) == .throttled)
        #expect(stream.position(reader: reader, shard: 0) == 4)
    }

    @Test func test_R8_latestOnAClosedShardIsItsEndAndTheNextReadEndsIt() throws {
        var stream = F.stream()
        _ = try stream.accepted(3, bytes: 10, at: .zero)
        let children = try stream.splitShard(0, at: F.key(127), now: F.at(s: 1))
        let reader = stream.registerReader(at: .trimHorizon, now: F.at(s: 2))
        #expect(stream.getShardIterator(reader: reader, shard: 0, type: .latest, now: F.at(s: 2)) == .issued)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 100, now: F.at(s: 2)) == .records(first: 3, count: 0, bytes: 0))
        #expect(stream.cursor(reader: reader, shard: 0).ended)
        #expect(stream.shards[0].children == children)
    }

    @Test func test_R8_trimHorizonOnAClosedShardReadsItsRecordsAgain() throws {
        var stream = F.stream()
        _ = try stream.accepted(3, bytes: 10, at: .zero)
        try stream.splitShard(0, at: F.key(127), now: F.at(s: 1))
        let reader = stream.registerReader(at: .latest, now: F.at(s: 2))
        #expect(stream.getShardIterator(reader: reader, shard: 0, type: .trimHorizon, now: F.at(s: 2)) == .issued)
        #expect(!stream.cursor(reader: reader, shard: 0).ended)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 100, now: F.at(s: 2)) == .records(first: 0, count: 3, bytes: 30))
        #expect(stream.cursor(reader: reader, shard: 0).ended)
    }
}
