import SimKernel

/// Per-shard and per-request limits (`stream.limits`), defaulting to Kinesis's (kinesis-model.md §1).
public struct StreamLimits: Equatable, Sendable {
    /// W1: records accepted per shard per second.
    public var writeRecordsPerSecond: Int = 1_000
    /// W2: bytes (data + partition key) accepted per shard per second.
    public var writeBytesPerSecond: Int64 = 1_048_576
    /// P3: largest record (data + partition key).
    public var maxRecordSize: Int64 = 1_048_576
    /// P1: entries per PutRecords request.
    public var putRecordsMaxEntries: Int = 500
    /// P2: bytes per PutRecords request.
    public var putRecordsMaxBytes: Int64 = 5_242_880
    /// R1: GetRecords calls per shard per second, shared by polling consumers.
    public var readCallsPerSecond: Int = 5
    /// R2: bytes read per shard per second, shared by polling consumers.
    public var readBytesPerSecond: Int64 = 2_097_152
    /// R3: records per GetRecords call.
    public var getRecordsMaxRecords: Int = 10_000
    /// R3: bytes per GetRecords call.
    public var getRecordsMaxBytes: Int64 = 10_485_760
    /// R7: how long a shard iterator stays valid.
    public var iteratorLifetime: SimDuration = .minutes(5)
    /// E1: enhanced fan-out bytes per consumer per shard per second.
    public var efoBytesPerSecond: Int64 = 2_097_152
    /// E2: enhanced fan-out consumers per stream.
    public var efoMaxConsumers: Int = 20

    public init() {}
}
