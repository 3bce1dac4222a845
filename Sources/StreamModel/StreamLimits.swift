import SimKernel

/// Every numeric limit of the stream model (`kinesis-model.md` §1), overridable per scenario.
///
/// Sizes are bytes; a record's size is its data plus its partition key (W2, P2, P3).
public struct StreamLimits: Equatable, Sendable {
    /// W1: records accepted per shard per second, and the record bucket's capacity.
    public var writeRecordsPerSecond: Int64 = 1_000
    /// W2: bytes (data + key) accepted per shard per second, and the byte bucket's capacity.
    public var writeBytesPerSecond: Int64 = 1_048_576
    /// How the two write limits above are enforced (`stream.throttling`, §3). Not a number, but
    /// it decides what the numbers mean, so it travels with them.
    public var writeThrottling = ThrottlingModel.tokenBucket
    /// P3: largest record (data + key).
    public var maxRecordBytes: Int64 = 1_048_576
    /// P1: entries per PutRecords request.
    public var putRecordsMaxEntries: Int = 500
    /// P2: bytes (data + keys) per PutRecords request.
    public var putRecordsMaxBytes: Int64 = 5_242_880
    /// H1: partition key length in characters.
    public var partitionKeyLengthRange: ClosedRange<Int> = 1...256
    /// R1: successful GetRecords calls per shard in any one-second interval, shared by all readers.
    public var readCallsPerSecond: Int = 5
    /// R2/R4a: read bucket rate and capacity per shard, shared; a call may overdraw it.
    public var readBytesPerSecond: Int64 = 2_097_152
    /// R8: successful GetShardIterator calls per shard in any one-second interval, shared by all readers.
    public var getShardIteratorCallsPerSecond: Int = 5
    /// R3: records per GetRecords call (also the largest allowed `Limit`).
    public var getRecordsMaxRecords: Int = 10_000
    /// R3: bytes per GetRecords call.
    public var getRecordsMaxBytes: Int64 = 10_485_760
    /// R7: a shard iterator expires this long after it was issued.
    public var iteratorLifetime: SimDuration = .minutes(5)
    /// RS7: how long a SplitShard or MergeShards call keeps the stream UPDATING: its children
    /// take writes from then on, its parents until then; RS8: another call meanwhile gets
    /// `ResourceInUseException`. AWS documents no figure; 500 ms is what the peer emulators use.
    public var updatingDuration: SimDuration = .milliseconds(500)
    /// RS7, RS9: the same for UpdateShardCount, which AWS says "could take a few minutes to
    /// complete", depending on the size of the stream (API_UpdateShardCount); 3 minutes reads
    /// "a few" literally. Autoscaling waits this long for its new shards.
    public var updateShardCountDuration: SimDuration = .minutes(3)
    /// E1: bytes per second pushed to each enhanced fan-out consumer per shard.
    public var efoBytesPerSecond: Int64 = 2_097_152
    /// E2: enhanced fan-out consumers per stream.
    public var efoMaxConsumers: Int = 20

    public init() {}
}
