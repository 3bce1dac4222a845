import Testing
@testable import Verification

/// The checkers of checkpointing consumers, case by case: checkpoints (monotonic, never past
/// what was processed, replays never before them), lease ownership, and the shard-order
/// checker's rewinds and exemptions.
struct ConsumerCheckTests {
    static let names = ["kcl"]
    static let shards = ["shardId-000000000000"]

    @Test func checkpointsThatOnlyMoveForwardOverProcessedRecordsHold() {
        var check = CheckpointCheck(consumerNames: Self.names, shardIDs: Self.shards)
        check.observeCheckpoint(consumer: 0, shard: 0, upTo: 10, processed: 10, atMillis: 1)
        check.observeRewind(consumer: 0, shard: 0, to: 10, atMillis: 2)
        check.observeCheckpoint(consumer: 0, shard: 0, upTo: 25, processed: 30, atMillis: 3)
        #expect(check.result().holds)
    }

    @Test func aCheckpointMovingBackIsReported() throws {
        var check = CheckpointCheck(consumerNames: Self.names, shardIDs: Self.shards)
        check.observeCheckpoint(consumer: 0, shard: 0, upTo: 20, processed: 20, atMillis: 1)
        check.observeCheckpoint(consumer: 0, shard: 0, upTo: 15, processed: 20, atMillis: 2)
        #expect(try #require(check.result().firstViolation).contains("moved its checkpoint of shardId-000000000000 back from offset 20 to 15"))
    }

    @Test func aReplayFromBeforeTheCheckpointIsReported() throws {
        var check = CheckpointCheck(consumerNames: Self.names, shardIDs: Self.shards)
        check.observeCheckpoint(consumer: 0, shard: 0, upTo: 20, processed: 20, atMillis: 1)
        check.observeRewind(consumer: 0, shard: 0, to: 12, atMillis: 2)
        #expect(try #require(check.result().firstViolation).contains("replayed shardId-000000000000 from offset 12"))
    }

    @Test func takingALeaseFromACrashedOrGivingHolderHoldsAndFromALiveOneIsReported() throws {
        var check = LeaseCheck(consumerNames: Self.names, shardIDs: Self.shards, workers: [3])
        check.observeTaken(consumer: 0, shard: 0, worker: 0, atMillis: 1)
        check.observeWorker(consumer: 0, worker: 0, alive: false)
        check.observeTaken(consumer: 0, shard: 0, worker: 1, atMillis: 2)
        check.observeDropped(consumer: 0, shard: 0, worker: 1)
        check.observeTaken(consumer: 0, shard: 0, worker: 2, atMillis: 3)
        #expect(check.result().holds)
        check.observeTaken(consumer: 0, shard: 0, worker: 1, atMillis: 4)
        #expect(try #require(check.result().firstViolation).contains("worker 1 took the lease of shardId-000000000000 at 4 ms while worker 2"))
    }

    @Test func aRewindLetsTheReplayGoBackAndAnExemptConsumerIsNotHeldToShardOrder() {
        var check = ShardOrderCheck(consumerNames: ["kcl", "lambda"], shardIDs: Self.shards, checked: [true, false])
        for offset: UInt64 in [0, 1, 2] { check.observeDelivery(consumer: 0, shard: 0, offset: offset, atMillis: 1) }
        check.observeRewind(consumer: 0, shard: 0, to: 1)
        for offset: UInt64 in [1, 2, 3] { check.observeDelivery(consumer: 0, shard: 0, offset: offset, atMillis: 2) }
        for offset: UInt64 in [5, 3, 4] { check.observeDelivery(consumer: 1, shard: 0, offset: offset, atMillis: 3) }
        #expect(check.result().holds)
        check.observeDelivery(consumer: 0, shard: 0, offset: 2, atMillis: 4)
        #expect(!check.result().holds)
    }
}
