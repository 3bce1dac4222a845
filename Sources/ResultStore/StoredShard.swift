/// One shard's write-side figures over a whole run.
public struct StoredShard: Sendable, Equatable {
    /// Unique within a run ("shardId-000000000000").
    public var shardID: String
    public var incomingRecords: Int64
    public var incomingBytes: Int64
    public var throttledRecords: Int64
    /// The busiest second's load as a fraction of the shard's write limit (1.0 = at the limit).
    public var peakUtilization: Double

    public init(
        shardID: String,
        incomingRecords: Int64,
        incomingBytes: Int64,
        throttledRecords: Int64,
        peakUtilization: Double
    ) {
        self.shardID = shardID
        self.incomingRecords = incomingRecords
        self.incomingBytes = incomingBytes
        self.throttledRecords = throttledRecords
        self.peakUtilization = peakUtilization
    }
}
