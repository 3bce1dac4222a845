import SimKernel

/// The stream's status (RS7, RS8): a SplitShard, MergeShards or UpdateShardCount call returns at
/// once and leaves the stream UPDATING for `limits.updatingDuration`, while reads and writes go
/// on; another such call meanwhile is refused with `ResourceInUseException`. (The reshard itself
/// takes effect when the call returns.) Splits that on-demand capacity makes on its own are the
/// service's, not calls, and are not held back.
public enum StreamStatus: String, Sendable {
    case active = "ACTIVE"
    case updating = "UPDATING"
}

extension DataStream {
    public func status(at now: SimTime) -> StreamStatus {
        now < updatingUntil ? .updating : .active
    }

    /// Refuses a resharding call while the stream is UPDATING.
    public func requireActive(at now: SimTime) throws(ReshardRejected) {
        guard status(at: now) == .active else { throw .streamUpdating(until: updatingUntil) }
    }
}
