import SimKernel

/// Retention (T1, §6), audited from what consumers received: no read returned a record older than
/// the retention period. The stream trims lazily, so this is what its trimming must guarantee.
public struct RetentionAudit: Sendable {
    let retention: SimDuration
    var log = ViolationLog()

    public init(retention: SimDuration) { self.retention = retention }

    /// A read at `readAt` returned a record that arrived at `arrival` (of `shard`, at `offset`).
    public mutating func observeRead(arrival: SimTime, readAt: SimTime, shard: String, offset: UInt64) {
        guard readAt - arrival > retention else { return }
        log.record("a read at t=\(readAt) returned \(shard) offset \(offset), which arrived at t=\(arrival): "
                   + "older than the retention period \(retention)")
    }

    public func result() -> InvariantResult { log.result(named: "retention") }
}
