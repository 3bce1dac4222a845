import Testing
import SimKernel
@testable import StreamModel

/// A checkpointing reader (a KCL application, a Lambda mapping) keeps its records in the stream
/// from its checkpoint on, so a worker that takes its lease can replay them; a reader that frees
/// on read keeps only what it has not read.
struct CheckpointFreeingTests {
    typealias F = StreamFixture

    func readAll(_ stream: inout DataStream<Int>, reader: Int, at now: SimTime) {
        _ = stream.getShardIterator(reader: reader, shard: 0, now: now)
        _ = stream.getRecords(reader: reader, shard: 0, limit: 100, now: now)
    }

    @Test func aReaderThatFreesOnReadLetsTheStreamDropWhatItRead() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(10, bytes: 10), at: .zero)
        let reader = stream.registerReader(at: .trimHorizon)
        readAll(&stream, reader: reader, at: F.at(s: 1))
        // The next read trims what every reader is done with.
        readAll(&stream, reader: reader, at: F.at(s: 2))
        #expect(stream.shards[0].firstOffset == 10)
    }

    @Test func aCheckpointingReaderKeepsItsRecordsUntilItsCheckpointPassesThem() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(10, bytes: 10), at: .zero)
        let reader = stream.registerReader(at: .trimHorizon, checkpointing: true)
        readAll(&stream, reader: reader, at: F.at(s: 1))
        readAll(&stream, reader: reader, at: F.at(s: 2))
        #expect(stream.shards[0].firstOffset == 0, "read but not checkpointed: kept for a replay")
        stream.checkpoint(reader: reader, shard: 0, upTo: 6)
        readAll(&stream, reader: reader, at: F.at(s: 3))
        #expect(stream.shards[0].firstOffset == 6)
        stream.checkpoint(reader: reader, shard: 0, upTo: 4)
        #expect(stream.cursor(reader: reader, shard: 0).checkpoint == 6, "a checkpoint never moves back")
    }

    @Test func aReplayFromTheCheckpointFindsItsRecords() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(10, bytes: 10), at: .zero)
        let reader = stream.registerReader(at: .trimHorizon, checkpointing: true)
        readAll(&stream, reader: reader, at: F.at(s: 1))
        stream.checkpoint(reader: reader, shard: 0, upTo: 3)
        let replayFrom = stream.sequenceNumber(shard: 0, offset: 3)
        #expect(stream.getShardIterator(reader: reader, shard: 0, type: .atSequenceNumber(replayFrom), now: F.at(s: 2)) == .issued)
        #expect(stream.getRecords(reader: reader, shard: 0, limit: 100, now: F.at(s: 2)) == .records(first: 3, count: 7, bytes: 70))
    }

    @Test func aSlowFreeingReaderStillHoldsRecordsForEveryone() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(10, bytes: 10), at: .zero)
        let checkpointing = stream.registerReader(at: .trimHorizon, checkpointing: true)
        let polling = stream.registerReader(at: .trimHorizon)
        readAll(&stream, reader: checkpointing, at: F.at(s: 1))
        stream.checkpoint(reader: checkpointing, shard: 0, upTo: 10)
        readAll(&stream, reader: checkpointing, at: F.at(s: 2))
        #expect(stream.shards[0].firstOffset == 0, "the polling reader has read nothing yet")
        readAll(&stream, reader: polling, at: F.at(s: 3))
        readAll(&stream, reader: polling, at: F.at(s: 4))
        #expect(stream.shards[0].firstOffset == 10)
    }
}
