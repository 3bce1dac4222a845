import SimKernel

/// The stream's status (RS7, RS8): a SplitShard, MergeShards or UpdateShardCount call returns at
/// once and leaves the stream UPDATING until it completes, while reads and writes go on (to the
/// parents: the children exist only from completion); another such call meanwhile is refused with
/// `ResourceInUseException`. Splits that on-demand capacity makes on its own are the service's,
/// not calls: they take effect at once and neither wait for nor start the status.
public enum StreamStatus: String, Sendable {
    case active = "ACTIVE"
    case updating = "UPDATING"
}

extension DataStream {
    public var status: StreamStatus { pendingCall == nil ? .active : .updating }

    /// Refuses a resharding call while another is under way.
    public func requireActive() throws(ReshardRejected) {
        if let pendingCall { throw .streamUpdating(until: pendingCall.completesAt) }
    }
}
