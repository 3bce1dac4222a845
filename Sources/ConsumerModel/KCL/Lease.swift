import SimKernel

/// One row of a KCL application's lease table: the shard's owner, when the owner last renewed
/// it, and the checkpoint a new owner resumes from.
public struct Lease: Equatable, Sendable {
    /// The worker holding the lease, or nil before anyone took it.
    public internal(set) var owner: Int?
    /// When its owner last took or renewed it: it is expired `failoverTime` later.
    public internal(set) var renewedAt: SimTime
    /// Every record below this offset is processed for good; a new owner replays from here.
    public internal(set) var checkpoint: UInt64
    /// Records processed since the last checkpoint, and when that checkpoint was.
    var sinceCheckpoint = 0
    var checkpointedAt: SimTime

    init(checkpoint: UInt64, now: SimTime) {
        self.checkpoint = checkpoint
        renewedAt = now
        checkpointedAt = now
    }

    /// Whether another worker may take it at `now`: nobody holds it, or its owner stopped renewing.
    func isAvailable(at now: SimTime, failoverTime: SimDuration) -> Bool {
        owner == nil || now - renewedAt > failoverTime
    }
}

/// One worker of a KCL application: whether its process runs, and the leases it holds.
struct KCLWorker: Sendable {
    var alive = true
    /// The shards whose leases it holds and processes, in the order it took them.
    var held: [Int] = []
}
