import SimKernel
import StreamModel

/// How a consumer application reads and processes, whatever its kind (`consumers[]`): a
/// polling loop's interval and limit, its starting position, the round trip of a call, the
/// time a record takes to process, and its reading order after a reshard.
public struct PollingConfig: Sendable {
    public var name: String
    /// Sleep between GetRecords calls on a shard when the last call returned fewer than `limit`
    /// records, and after a throttled call.
    public var pollInterval: SimDuration
    /// GetRecords `Limit`.
    public var limit: Int
    public var start: StartingPosition
    /// Round trip of one GetRecords call: its records reach the consumer this long after the
    /// stream served them, and a loop iteration lasts this plus `pollInterval`.
    public var readLatency: Distribution
    /// Time to process one record; a batch takes the sum, and the loop calls again only after.
    public var processing: Distribution
    public var reshardOrder: ReshardOrder

    public init(name: String, pollInterval: SimDuration = .seconds(1), limit: Int = 10_000,
                start: StartingPosition = .trimHorizon, readLatency: Distribution = .constant(.zero),
                processing: Distribution = .constant(.zero), reshardOrder: ReshardOrder = .immediate) {
        self.name = name
        self.pollInterval = pollInterval
        self.limit = limit
        self.start = start
        self.readLatency = readLatency
        self.processing = processing
        self.reshardOrder = reshardOrder
    }
}

/// A raw polling consumer: one reader loop per shard, each calling GetRecords, processing what
/// it got (`processing` per reading), and sleeping `pollInterval` unless the call came back full.
/// A loop that waits longer than the iterator lifetime between calls (slow processing, long
/// throttling) gets `ExpiredIteratorException`, takes a new iterator and goes on.
///
/// A call takes a round trip (`readLatency`) before the loop goes on, and shards' loops start at
/// a random offset within the first interval (both from the consumer's own substream), so loops
/// of different consumers sharing a shard's 5 calls/s drift against each other as real ones do;
/// perfectly periodic loops would let one consumer hold every call slot forever.
public struct PollingConsumer {
    public let config: PollingConfig
    /// The application's index among the run's consumers (its events carry it).
    public let app: Int
    /// The consumer's reader id in the stream.
    public let reader: Int
    public var random: SimRandom

    public init(config: PollingConfig, app: Int = 0, reader: Int, random: SimRandom) {
        self.config = config
        self.app = app
        self.reader = reader
        self.random = random
    }

    /// When a shard's loop, started (or its shard discovered) at `now`, makes its first call:
    /// a random offset within one poll interval.
    public mutating func firstPoll(after now: SimTime = .zero) -> SimTime {
        now + .nanoseconds(Int64(random.bounded(UInt64(config.pollInterval.nanoseconds))))
    }

    /// How long processing the record at `offset` of `shard` takes: one `processing` draw per
    /// reading it holds (a KPL aggregate's are deaggregated and processed in turn); no draw, and
    /// no look at the record, when processing is free.
    public mutating func processingTime<Host: ConsumerHost>(shard: Int, offset: UInt64, host: Host) -> SimDuration {
        guard !config.processing.isZero else { return .zero }
        var time = SimDuration.zero
        for _ in 0..<host.readings(shard: shard, offset: offset) { time = time + config.processing.sample(&random) }
        return time
    }

    /// When the response of a call the stream served at `now` reaches the consumer: one round
    /// trip (`readLatency`) later. The records it carries are processed from then on.
    public mutating func response(toCallAt now: SimTime) -> SimTime {
        now + config.readLatency.sample(&random)
    }

    /// When the shard's loop calls again: once its response arrived (`respondedAt`) and the batch
    /// was processed (`busy`), plus `pollInterval` unless the call came back full. After an
    /// expired iterator the loop takes a new one and calls again at once. (The host counts the
    /// calls, in the run's metrics.)
    public func nextPoll(after outcome: ReadOutcome, respondedAt: SimTime, busy: SimDuration = .zero) -> SimTime {
        switch outcome {
        case .throttled:
            return respondedAt + config.pollInterval
        case .expiredIterator:
            return respondedAt
        case .records(_, let count, _):
            let done = respondedAt + busy
            return count >= config.limit ? done : done + config.pollInterval
        }
    }

    /// When a loop whose GetShardIterator was throttled (R8) tries again: after the call's round
    /// trip and a poll interval.
    public mutating func retryIterator(after now: SimTime) -> SimTime {
        now + config.readLatency.sample(&random) + config.pollInterval
    }
}
