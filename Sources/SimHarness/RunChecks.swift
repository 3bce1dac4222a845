import SimKernel
import StreamModel
import Verification

/// The run's invariant checkers, fed by the world as things happen.
struct RunChecks {
    var conservation = ConservationCheck()
    var order: ShardOrderCheck
    var delivery: DeliveryCheck
    var writeAudit: WriteThrottleAudit

    /// `limits` are the declared ones: the audit checks the stream against them.
    init(consumerNames: [String], shardIDs: [String], limits: StreamLimits) {
        order = ShardOrderCheck(consumerNames: consumerNames, shardIDs: shardIDs)
        delivery = DeliveryCheck(consumerNames: consumerNames, shardIDs: shardIDs)
        writeAudit = WriteThrottleAudit(shardIDs: shardIDs, model: limits.writeThrottling,
                                        recordsPerSecond: limits.writeRecordsPerSecond, bytesPerSecond: limits.writeBytesPerSecond)
    }

    mutating func observeDelivery(consumer: Int, shard: Int, offset: UInt64, now: SimTime) {
        order.observeDelivery(consumer: consumer, shard: shard, offset: offset, atMillis: now.milliseconds)
        delivery.observeDelivery(consumer: consumer, shard: shard, offset: offset)
    }
}
