import Testing
import SimKernel
@testable import StreamModel

/// CLOSED shards (R9, R10, RS4, RS5): records written before a reshard stay in the parent,
/// which stays readable; a reader that reads it to its end gets `ended` (NextShardIterator nil)
/// and the parent lists its children; the parent's newest arrival stops at its last record.
struct ClosedShardTests {
    typealias F = StreamFixture

    /// One shard with three records at t = 0 (payloads 0, 1, 2), two TRIM_HORIZON readers, then
    /// split at 1 s into shards 1 and 2.
    func closedParent() throws -> (stream: DataStream<Int>, readers: [Int]) {
        var stream = F.stream()
        _ = try stream.put(F.entries(3, bytes: 10), at: .zero)
        let readers = [stream.startReader(at: .trimHorizon), stream.startReader(at: .trimHorizon)]
        try stream.splitShard(0, at: stream.shards[0].range.midpointSplitKey, now: F.at(s: 1))
        return (stream, readers)
    }

    @Test func test_RS5_recordsWrittenBeforeTheReshardStayInTheParent() throws {
        let (stream, _) = try closedParent()
        #expect(stream.shards[0].state == .closed)
        #expect(stream.shards[0].closedAt == F.at(s: 1))
        #expect(stream.nextOffsets == [3, 0, 0])
        #expect((0..<3).map { stream.record(shard: 0, offset: $0).payload } == [0, 1, 2])
    }

    @Test func test_RS4_aClosedShardWithUnreadRecordsIsStillReadable() throws {
        var (stream, readers) = try closedParent()
        #expect(stream.getRecords(reader: readers[0], shard: 0, limit: 2, now: F.at(s: 2)) == .records(first: 0, count: 2, bytes: 20))
        #expect(!stream.cursor(reader: readers[0], shard: 0).ended)
        #expect(stream.getRecords(reader: readers[0], shard: 0, limit: 2, now: F.at(s: 3)) == .records(first: 2, count: 1, bytes: 10))
    }

    @Test func test_R9_aClosedShardReadToItsEndEndsForThatReaderAndListsItsChildren() throws {
        var (stream, readers) = try closedParent()
        #expect(stream.getRecords(reader: readers[0], shard: 0, limit: 10, now: F.at(s: 2)) == .records(first: 0, count: 3, bytes: 30))
        #expect(stream.cursor(reader: readers[0], shard: 0).ended)
        #expect(!stream.cursor(reader: readers[1], shard: 0).ended)
        #expect(stream.shards[0].children == [1, 2])
        #expect(stream.shards[1].parents == [0] && stream.shards[2].parents == [0])
    }

    @Test func test_R9_anOpenShardReadToItsEndDoesNotEnd() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(3, bytes: 10), at: .zero)
        let reader = stream.startReader(at: .trimHorizon)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10, now: F.at(s: 1)) == .records(first: 0, count: 3, bytes: 30))
        #expect(!stream.cursor(reader: reader, shard: 0).ended)
    }

    @Test func test_R9_aReaderAtTheEndWhenTheShardClosesEndsOnItsNextRead() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(3, bytes: 10), at: .zero)
        let reader = stream.startReader(at: .trimHorizon)
        _ = stream.getRecords(reader: reader, shard: 0, limit: 10, now: F.at(s: 1))
        try stream.splitShard(0, at: stream.shards[0].range.midpointSplitKey, now: F.at(s: 2))
        #expect(!stream.cursor(reader: reader, shard: 0).ended)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 10, now: F.at(s: 3)) == .records(first: 3, count: 0, bytes: 0))
        #expect(stream.cursor(reader: reader, shard: 0).ended)
    }

    @Test func test_RS5_childrenAreReadableFromTheirFirstRecordByEarlierReaders() throws {
        var (stream, readers) = try closedParent()
        #expect(try stream.route(.max, at: F.at(s: 2), payload: 7) == 2)
        #expect(stream.getShardIterator(reader: readers[1], shard: 2, now: F.at(s: 3)) == .issued)
        #expect(stream.getRecords(reader: readers[1], shard: 2, limit: 10, now: F.at(s: 3)) == .records(first: 0, count: 1, bytes: 10))
        #expect(stream.record(shard: 2, offset: 0).payload == 7)
    }

    @Test func test_R10_aClosedParentsNewestArrivalStaysAtItsLastRecord() throws {
        var stream = F.stream()
        _ = try stream.put([F.entry(bytes: 10)], at: F.at(ms: 500))
        try stream.splitShard(0, at: stream.shards[0].range.midpointSplitKey, now: F.at(s: 1))
        #expect(try stream.route(0, at: F.at(s: 2), payload: 1) == 1)
        #expect(try stream.route(0, at: F.at(s: 3), payload: 2) == 1)
        #expect(stream.shards.map(\.newestArrival).prefix(2) == [F.at(ms: 500), F.at(s: 3)])
    }
}
