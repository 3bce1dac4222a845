import Testing
import Verification

/// Shard order: within a shard, each consumer processes strictly increasing offsets.
@Suite("Shard order check")
struct ShardOrderCheckTests {
    static let shards = ["shardId-000000000000", "shardId-000000000001"]
    static let consumers = ["dashboard", "archiver"]

    func deliver(_ offsets: [UInt64], consumer: Int = 0, shard: Int = 0, to check: inout ShardOrderCheck) {
        for (step, offset) in offsets.enumerated() {
            check.observeDelivery(consumer: consumer, shard: shard, offset: offset, atMillis: Int64(step) * 100)
        }
    }

    @Test func increasingOffsetsPerConsumerAndShardHold() {
        var check = ShardOrderCheck(consumerNames: Self.consumers, shardIDs: Self.shards)
        deliver([0, 1, 2, 3], consumer: 0, shard: 0, to: &check)
        deliver([0, 1], consumer: 0, shard: 1, to: &check)
        // Another consumer starts again from offset 0: its own sequence, not a step back.
        deliver([0, 1, 2], consumer: 1, shard: 0, to: &check)
        let result = check.result()
        #expect(result.name == "shard-order")
        #expect(result.holds)
    }

    @Test func aGapIsNotAnOrderViolation() {
        var check = ShardOrderCheck(consumerNames: Self.consumers, shardIDs: Self.shards)
        deliver([0, 1, 5, 6], to: &check)
        #expect(check.result().holds)
    }

    @Test func anOffsetGoingBackwardsFiresNamingConsumerShardAndOffsets() {
        var check = ShardOrderCheck(consumerNames: Self.consumers, shardIDs: Self.shards)
        deliver([0, 1, 3, 2, 4], consumer: 1, shard: 1, to: &check)
        let result = check.result()
        #expect(result.violations == 1)
        #expect(result.firstViolation == "consumer archiver processed shardId-000000000001 offset 2 after offset 3 "
                + "at t=300 ms: sequence numbers went backwards")
    }

    @Test func theSameOffsetTwiceInARowFires() {
        var check = ShardOrderCheck(consumerNames: Self.consumers, shardIDs: Self.shards)
        deliver([0, 1, 1], to: &check)
        #expect(check.result().violations == 1)
        #expect(check.result().firstViolation?.contains("offset 1 after offset 1") == true)
    }

    @Test func everyBackwardStepIsCountedAndTheFirstIsKept() {
        var check = ShardOrderCheck(consumerNames: Self.consumers, shardIDs: Self.shards)
        deliver([5, 4, 3], shard: 0, to: &check)
        let result = check.result()
        #expect(result.violations == 2)
        #expect(result.firstViolation?.contains("offset 4 after offset 5") == true)
    }
}
