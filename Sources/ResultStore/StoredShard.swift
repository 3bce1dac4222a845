/// One shard's write-side figures over a whole run, and its place in the stream's lineage.
public struct StoredShard: Sendable, Equatable {
    /// Unique within a run ("shardId-000000000000").
    public var shardID: String
    public var incomingRecords: Int64
    public var incomingBytes: Int64
    public var throttledRecords: Int64
    /// The busiest second's load as a fraction of the shard's write limit (1.0 = at the limit).
    public var peakUtilization: Double
    /// Simulated seconds since the run began when the shard opened (0 for the first shards);
    /// nil in runs stored before shards had lifetimes.
    public var openedAtS: Double?
    /// When a reshard closed the shard; nil while it was open at the end of the run.
    public var closedAtS: Double?
    /// The shard this one was split or merged from, for children of a reshard.
    public var parentShardID: String?
    /// The other parent of a merge.
    public var adjacentParentShardID: String?
    /// `OPEN`, `CLOSED` or `EXPIRED` at the end of the run; nil in runs stored before states.
    public var state: String?

    public init(
        shardID: String,
        incomingRecords: Int64,
        incomingBytes: Int64,
        throttledRecords: Int64,
        peakUtilization: Double,
        openedAtS: Double? = nil,
        closedAtS: Double? = nil,
        parentShardID: String? = nil,
        adjacentParentShardID: String? = nil,
        state: String? = nil
    ) {
        self.shardID = shardID
        self.incomingRecords = incomingRecords
        self.incomingBytes = incomingBytes
        self.throttledRecords = throttledRecords
        self.peakUtilization = peakUtilization
        self.openedAtS = openedAtS
        self.closedAtS = closedAtS
        self.parentShardID = parentShardID
        self.adjacentParentShardID = adjacentParentShardID
        self.state = state
    }
}
