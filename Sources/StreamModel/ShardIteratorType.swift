import SimKernel

/// Where a reader starts in each shard when it registers (`consumers[].iterator`, R6).
public enum StartingPosition: Equatable, Sendable {
    /// The oldest record kept (`TRIM_HORIZON`).
    case trimHorizon
    /// Just after the newest record at registration (`LATEST`).
    case latest
    /// The first record that arrived at or after this time (`AT_TIMESTAMP`).
    case atTimestamp(SimTime)
}

/// GetShardIterator's `ShardIteratorType` with its argument (R6): where in one shard the new
/// iterator points.
public enum ShardIteratorType: Equatable, Sendable {
    case trimHorizon
    /// Just after the shard's newest record; on a CLOSED shard, its end (R8).
    case latest
    case atSequenceNumber(SequenceNumber)
    case afterSequenceNumber(SequenceNumber)
    /// The first record that arrived at or after this time; before every kept record, the trim
    /// horizon.
    case atTimestamp(SimTime)
}

/// What GetShardIterator answered.
public enum IteratorGrant: Equatable, Sendable {
    /// The reader holds a fresh iterator, valid for `iteratorLifetime`.
    case issued
    /// `ProvisionedThroughputExceededException` (R8): the shard already issued
    /// `getShardIteratorCallsPerSecond` iterators in the last second. Nothing changed.
    case throttled
}
