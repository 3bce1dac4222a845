import SimKernel
import StreamModel
import Verification

/// The run's invariant checkers, fed by the world as things happen.
struct RunChecks {
    var conservation = ConservationCheck()
    var order: ShardOrderCheck
    var delivery: DeliveryCheck
    var keyOrder: KeyOrderCheck
    var writeAudit: WriteThrottleAudit
    var readAudit: ReadLimitAudit
    var retention: RetentionAudit
    /// Only for runs with checkpointing consumers (KCL).
    var checkpoints: CheckpointCheck?
    var leases: LeaseCheck?

    init(consumerNames: [String], shardIDs: [String], keyCount: Int, config: WorldConfig) {
        order = ShardOrderCheck(consumerNames: consumerNames, shardIDs: shardIDs, checked: config.consumers.map(\.kind.keepsShardOrder))
        delivery = DeliveryCheck(consumerNames: consumerNames, shardIDs: shardIDs)
        keyOrder = KeyOrderCheck(consumerNames: consumerNames, keyCount: keyCount)
        writeAudit = WriteThrottleAudit(shardIDs: shardIDs, model: config.limits.writeThrottling,
                                        recordsPerSecond: config.limits.writeRecordsPerSecond,
                                        bytesPerSecond: config.limits.writeBytesPerSecond)
        readAudit = ReadLimitAudit(shardIDs: shardIDs, callsPerSecond: config.limits.readCallsPerSecond,
                                   bytesPerSecond: config.limits.readBytesPerSecond)
        retention = RetentionAudit(retention: config.retention, shardIDs: shardIDs)
        if config.consumers.contains(where: { $0.kind.checkpoints }) {
            checkpoints = CheckpointCheck(consumerNames: consumerNames, shardIDs: shardIDs)
        }
        let workers = config.consumers.map(\.kind.leaseWorkers)
        if workers.contains(where: { $0 > 0 }) {
            leases = LeaseCheck(consumerNames: consumerNames, shardIDs: shardIDs, workers: workers)
        }
    }

    /// Notes a processed record; returns false for a redelivery.
    mutating func observeDelivery(consumer: Int, shard: Int, offset: UInt64, now: SimTime) -> Bool {
        order.observeDelivery(consumer: consumer, shard: shard, offset: offset, atMillis: now.milliseconds)
        return delivery.observeDelivery(consumer: consumer, shard: shard, offset: offset)
    }

    /// A reshard opened shard `id` at `now`.
    mutating func addShard(id: String, now: SimTime) {
        order.addShard(id: id)
        delivery.addShard(id: id)
        writeAudit.addShard(id: id)
        readAudit.addShard(id: id, now: now)
        retention.addShard(id: id)
        checkpoints?.addShard(id: id)
        leases?.addShard(id: id)
    }

    /// Every checker's verdict at the end of a run (liveness and conservation need end-of-run
    /// figures and are computed by the runner).
    func streamResults() -> [InvariantResult] {
        [order.result(), keyOrder.result(), writeAudit.result(), readAudit.result(), retention.result()]
            + [checkpoints?.result(), leases?.result()].compactMap { $0 }
    }
}
