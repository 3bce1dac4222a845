import ConsumerModel
import SimKernel

/// One consumer application (`consumers[]`) and the analytics it feeds.
public struct ConsumerSpec: Equatable, Sendable {
    /// GetRecords round trip when a scenario gives none: median 10 ms, p99 50 ms.
    public static let defaultReadLatency = Distribution.lognormal(.init(median: .milliseconds(10), p99: .milliseconds(50)))

    /// Unique application name.
    public var name: String
    public var type: ConsumerType
    public var iterator: IteratorStart
    /// Sleep between GetRecords calls on a shard after a call returned fewer than `limit` records.
    public var pollInterval: SimDuration
    /// GetRecords `Limit`.
    public var limit: Int
    public var reshardOrder: ReshardOrder
    /// KCL workers sharing the leases.
    public var workers: Int
    public var checkpoint: CheckpointSpec
    /// KCL lease expiry before another worker takes a dead worker's shards.
    public var failoverTime: SimDuration
    /// KCL: how lease owners read their shards (an addition to v1): `polling` (GetRecords every
    /// `pollInterval`, simctl's default) or `fanout` (SubscribeToShard, KCL 2.x's own default).
    public var retrieval = KCLRetrieval.polling
    /// Lambda event-source mapping: records per invocation.
    public var batchSize: Int
    /// Lambda event-source mapping: how long to gather a batch.
    public var batchWindow: SimDuration
    /// Lambda event-source mapping: concurrent batches per shard.
    public var parallelization: Int
    /// Lambda (additions to v1): the failure and concurrency settings of the mapping and its
    /// function, read straight into the model's settings (`batchSize`, `batchWindow` and
    /// `parallelization` above are v1's and join them when the world is built).
    public var lambda = LambdaConfig()
    /// Time to process one record.
    public var processing: Distribution
    /// Round trip of one GetRecords call (an addition to v1): a polling loop's iteration lasts
    /// this plus `pollInterval`, so loops of different consumers drift against each other as
    /// real ones do instead of polling in lockstep.
    public var readLatency: Distribution
    public var analytics: [AnalyticsSpec]

    public init(name: String, type: ConsumerType = .polling, iterator: IteratorStart = .trimHorizon,
                pollInterval: SimDuration? = nil, limit: Int = 10_000, reshardOrder: ReshardOrder? = nil,
                workers: Int = 1, checkpoint: CheckpointSpec = CheckpointSpec(), failoverTime: SimDuration = KCLConfig.defaultFailoverTime,
                batchSize: Int = 100, batchWindow: SimDuration = .zero, parallelization: Int = 1,
                processing: Distribution = .constant(.zero), readLatency: Distribution = ConsumerSpec.defaultReadLatency,
                analytics: [AnalyticsSpec] = []) {
        self.name = name
        self.type = type
        self.iterator = iterator
        self.pollInterval = pollInterval ?? type.defaultPollInterval
        self.limit = limit
        self.reshardOrder = reshardOrder ?? type.defaultReshardOrder
        self.workers = workers
        self.checkpoint = checkpoint
        self.failoverTime = failoverTime
        self.batchSize = batchSize
        self.batchWindow = batchWindow
        self.parallelization = parallelization
        self.processing = processing
        self.readLatency = readLatency
        self.analytics = analytics
    }

    /// Whether it registers an enhanced fan-out consumer with the stream (E2 counts those).
    public var registersFanOutConsumer: Bool { type == .efo || (type == .kcl && retrieval == .fanout) }
}

/// How a consumer reads (`consumers[].type`).
public enum ConsumerType: String, CaseIterable, Sendable {
    /// A raw GetRecords loop per shard.
    case polling
    /// Leases, checkpoints, parent-before-child.
    case kcl
    /// Enhanced fan-out push.
    case efo
    /// Event-source mapping: batches, parallelization factor.
    case lambda

    /// A naive poller reads children at once; the others drain parents first, as the KCL does.
    public var defaultReshardOrder: ReshardOrder { self == .polling ? .immediate : .parentFirst }

    /// The KCL idles 1.5 s between reads of a shard that returned fewer records than it asked
    /// for (`idleTimeBetweenReadsInMillis`, KCL 2.x/3.x `PollingConfig`); a raw loop, 1 s.
    public var defaultPollInterval: SimDuration { self == .kcl ? .milliseconds(1_500) : .seconds(1) }
}

/// How a KCL application's lease owners read (`consumers[].retrieval`).
public enum KCLRetrieval: String, CaseIterable, Sendable {
    case polling
    case fanout
}

/// Where a consumer starts reading (`consumers[].iterator`).
public enum IteratorStart: Equatable, Sendable, CustomStringConvertible {
    case trimHorizon
    case latest
    /// `AT_TIMESTAMP:<duration>`: the records accepted at or after this simulated time.
    case atTimestamp(SimDuration)

    public var description: String {
        switch self {
        case .trimHorizon: return "TRIM_HORIZON"
        case .latest: return "LATEST"
        case .atTimestamp(let offset): return "AT_TIMESTAMP:\(offset)"
        }
    }
}

/// KCL/Lambda checkpoint policy (`consumers[].checkpoint`): after N records or T, whichever first.
public struct CheckpointSpec: Equatable, Sendable {
    public var every: Int
    public var interval: SimDuration

    public init(every: Int = KCLConfig.defaultCheckpointEvery, interval: SimDuration = KCLConfig.defaultCheckpointInterval) {
        self.every = every
        self.interval = interval
    }
}
