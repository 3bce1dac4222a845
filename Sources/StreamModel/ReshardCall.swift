import SimKernel

/// A resharding call as a caller makes it (RS7): SplitShard, MergeShards or UpdateShardCount.
/// The stream validates it when it is made and returns at once; the reshard takes effect when
/// the call completes, `DataStream.duration(of:)` later. Until then the parents stay OPEN and take
/// writes, and the stream is UPDATING.
public enum ReshardCall: Equatable, Sendable {
    /// SplitShard: `newStartingHashKey` and above go to the upper child.
    case split(shard: Int, newStartingHashKey: UInt128)
    /// MergeShards: `shard` becomes the child's `ParentShardId`, `adjacent` its `AdjacentParentShardId`.
    case merge(shard: Int, adjacent: Int)
    /// UpdateShardCount, uniform scaling.
    case updateShardCount(target: Int)
}

/// The call under way and when it completes.
public struct PendingReshard: Equatable, Sendable {
    public let call: ReshardCall
    public let completesAt: SimTime
}
