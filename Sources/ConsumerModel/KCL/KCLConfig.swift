import SimKernel

/// Settings of a KCL application (`consumers[]` with `type: "kcl"`), with KCL 2.x's defaults
/// (`awslabs/amazon-kinesis-client`: `LeaseManagementConfig`, `DynamoDBLeaseTaker`,
/// `CommonCalculations`; the README lists each with its source).
public struct KCLConfig: Sendable {
    /// Workers sharing the application's leases.
    public var workers: Int
    /// `failoverTimeMillis`: a lease not renewed for this long is expired and may be taken.
    public var failoverTime: SimDuration
    /// Checkpoint after this many records processed since the last checkpoint, …
    public var checkpointEvery: Int
    /// … or once this long has passed since it, whichever comes first.
    public var checkpointInterval: SimDuration
    /// Set for fan-out retrieval (KCL 2.x's default): lease owners subscribe to their shards
    /// (SubscribeToShard) instead of polling them.
    public var fanOut: FanOutConfig?

    /// KCL 2.x's `failoverTimeMillis` default.
    public static let defaultFailoverTime = SimDuration.seconds(10)
    /// The scenario contract's checkpoint policy: every 1,000 records or 60 s.
    public static let defaultCheckpointEvery = 1_000
    public static let defaultCheckpointInterval = SimDuration.seconds(60)

    /// `CommonCalculations`' epsilon in the renewer's and taker's intervals.
    public static let epsilon = SimDuration.milliseconds(25)
    /// `parentShardPollIntervalMillis`: how often a child's processor looks whether its parents
    /// have reached SHARD_END.
    public static let parentShardPollInterval = SimDuration.seconds(10)
    /// `maxLeasesToStealAtOneTime`.
    public static let maxLeasesToStealAtOnce = 1

    public init(workers: Int = 1, failoverTime: SimDuration = KCLConfig.defaultFailoverTime,
                checkpointEvery: Int = KCLConfig.defaultCheckpointEvery,
                checkpointInterval: SimDuration = KCLConfig.defaultCheckpointInterval, fanOut: FanOutConfig? = nil) {
        self.workers = workers
        self.failoverTime = failoverTime
        self.checkpointEvery = checkpointEvery
        self.checkpointInterval = checkpointInterval
        self.fanOut = fanOut
    }

    /// A worker renews its leases this often: `failoverTime / 3 − epsilon` in whole milliseconds
    /// (3,308 ms for the default 10 s).
    public var renewInterval: SimDuration {
        .milliseconds(max(1, failoverTime.nanoseconds / 1_000_000 / 3 - Self.epsilon.nanoseconds / 1_000_000))
    }

    /// A worker's lease taker runs this often: `(failoverTime + epsilon) × 2` (20,050 ms).
    public var takerInterval: SimDuration { (failoverTime + Self.epsilon) * 2 }
}
