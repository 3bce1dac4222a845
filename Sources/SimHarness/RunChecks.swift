import SimKernel
import Verification

/// The run's invariant checkers, fed by the world as things happen.
struct RunChecks {
    var conservation = ConservationCheck()
    var order: ShardOrderCheck
    var delivery: DeliveryCheck
    var writeAudit: WriteThrottleAudit

    init(consumerNames: [String], shardIDs: [String], recordsPerSecond: Int64, bytesPerSecond: Int64) {
        order = ShardOrderCheck(consumerNames: consumerNames, shardIDs: shardIDs)
        delivery = DeliveryCheck(consumerNames: consumerNames, shardIDs: shardIDs)
        writeAudit = WriteThrottleAudit(shardIDs: shardIDs, recordsPerSecond: recordsPerSecond, bytesPerSecond: bytesPerSecond)
    }

    mutating func observeDelivery(consumer: Int, shard: Int, offset: UInt64, now: SimTime) {
        order.observeDelivery(consumer: consumer, shard: shard, offset: offset, atMillis: now.milliseconds)
        delivery.observeDelivery(consumer: consumer, shard: shard, offset: offset)
    }
}
