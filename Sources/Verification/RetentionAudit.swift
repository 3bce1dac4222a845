import SimKernel

/// Retention (T1, §6), audited from what consumers received: no read returned a record older than
/// the retention period. The stream trims lazily, so this is what its trimming must guarantee.
public struct RetentionAudit: Sendable {
    @usableFromInline let retention: SimDuration
    var shardIDs: [String]
    var log = ViolationLog()

    public init(retention: SimDuration, shardIDs: [String]) {
        self.retention = retention
        self.shardIDs = shardIDs
    }

    /// A reshard opened shard `id`.
    public mutating func addShard(id: String) { shardIDs.append(id) }

    /// A read at `readAt` returned a record that arrived at `arrival` (of `shard`, at `offset`).
    @inlinable
    public mutating func observeRead(arrival: SimTime, readAt: SimTime, shard: Int, offset: UInt64) {
        if readAt - arrival > retention { recordViolation(arrival: arrival, readAt: readAt, shard: shard, offset: offset) }
    }

    @usableFromInline
    mutating func recordViolation(arrival: SimTime, readAt: SimTime, shard: Int, offset: UInt64) {
        log.record("a read at t=\(readAt) returned \(shardIDs[shard]) offset \(offset), which arrived at t=\(arrival): "
                   + "older than the retention period \(retention)")
    }

    public func result() -> InvariantResult { log.result(named: "retention") }
}
