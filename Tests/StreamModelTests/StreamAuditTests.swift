import SimKernel
import Testing
@testable import StreamModel

/// The stream's whole-state audit passes a stream in use and stops on a corrupted one.
struct StreamAuditTests {
    typealias F = StreamFixture

    @Test func aStreamInUsePassesTheAudit() throws {
        var stream = F.stream(shards: 3)
        let reader = stream.startReader(at: .trimHorizon)
        _ = try stream.put(F.entries(30, bytes: 100), at: .zero)
        _ = stream.getRecords(reader: reader, shard: 0, limit: 5, now: F.at(ms: 1))
        stream.checkInvariants()
    }

    @Test func aReaderPositionOutsideTheShardStops() async {
        await #expect(processExitsWith: .failure) {
            var stream = F.stream()
            _ = stream.startReader(at: .trimHorizon)
            stream.cursors[0][0].position = 7
            stream.checkInvariants()
        }
    }

    @Test func shardRangesWithAGapStop() async {
        await #expect(processExitsWith: .failure) {
            var stream = F.stream(shards: 2)
            stream.shardList[1].range = HashKeyRange(start: stream.shardList[1].range.start + 1, end: .max)
            stream.checkInvariants()
        }
    }
}
