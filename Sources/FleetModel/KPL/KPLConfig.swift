import SimKernel

/// The Kinesis Producer Library's settings (`fleet.kpl`), with the KPL's own defaults
/// (`default_config.properties` of awslabs/amazon-kinesis-producer): the one place they are kept.
public struct KPLConfig: Equatable, Sendable {
    /// `RecordMaxBufferedTime`: how long a user record may wait to be aggregated and sent.
    public var recordMaxBufferedTime: SimDuration = .milliseconds(100)
    /// `AggregationEnabled`: user records for one shard are packed into aggregated records.
    public var aggregationEnabled = true
    /// `AggregationMaxCount` / `AggregationMaxSize`: bounds of one aggregated record.
    public var aggregationMaxCount = 4_294_967_295
    public var aggregationMaxSize: Int64 = 51_200
    /// `CollectionMaxCount` / `CollectionMaxSize`: bounds of one PutRecords request.
    public var collectionMaxCount = 500
    public var collectionMaxSize: Int64 = 5_242_880
    /// `RecordTtl`: a user record not put this long after it was added fails as expired.
    public var recordTtl: SimDuration = .seconds(30)

    public init() {}

    /// `RateLimit` / 100, `fleet.rateLimit`'s default under the KPL: each shard's records and
    /// bytes per second the producer lets through, as a fraction of the shard's limits (150 %:
    /// one producer can saturate a shard).
    public static let defaultRateLimit = 1.5
    /// The Collector flushes a request once one shard's data in it reaches this (KPL `Collector::should_flush`):
    /// one shard's traffic is not held back into a burst.
    public static let collectionShardBytes: Int64 = 256 * 1_024
    /// The limiter's poll period (KPL `Limiter::kDrainDelayMillis`): records waiting for tokens
    /// go out on these ticks.
    public static let limiterPoll = SimDuration.milliseconds(25)

    /// The first limiter poll at or after `time`.
    static func nextPoll(_ time: SimTime) -> SimTime {
        let poll = limiterPoll.nanoseconds
        return SimTime(nanoseconds: (time.nanoseconds + poll - 1) / poll * poll)
    }

    /// A retried user record is due this long after its failure: half `RecordMaxBufferedTime`
    /// (KPL `Retrier::retry_not_expired`), with no backoff.
    public var retryDelay: SimDuration { .nanoseconds(recordMaxBufferedTime.nanoseconds / 2) }
}
