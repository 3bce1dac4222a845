/// One period of one CloudWatch-named metric of a run: the stream's or one shard's.
///
/// A run holds one per metric per period: per second and per minute for the stream, per minute
/// for each shard. Values are integers (counts, bytes, milliseconds).
public struct StoredSeriesPoint: Sendable, Equatable {
    /// The CloudWatch name ("IncomingRecords", "GetRecords.IteratorAgeMilliseconds").
    public var metric: String
    /// The shard ("shardId-000000000003"), or nil for the whole stream.
    public var shardID: String?
    /// "1s" or "1m".
    public var resolution: String
    /// Start of the period, in whole seconds of simulated time since the run began.
    public var periodStartS: Int64
    public var value: Int64

    public init(metric: String, shardID: String?, resolution: String, periodStartS: Int64, value: Int64) {
        self.metric = metric
        self.shardID = shardID
        self.resolution = resolution
        self.periodStartS = periodStartS
        self.value = value
    }
}
