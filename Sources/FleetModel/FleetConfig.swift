import SimKernel
import Telemetry

/// One group of identical devices (`fleet.devices[]`).
public struct DeviceGroupConfig: Equatable, Sendable {
    public var kind: DeviceKind
    public var count: Int
    /// Emission period of each device; defaults to the kind's.
    public var interval: SimDuration
    /// Each emission is shifted by a uniform draw in `[0, jitter)`; always less than `interval`.
    public var jitter: SimDuration
    /// Fraction of readings that are injected anomalies.
    public var anomalyRate: Double
    /// Kind-specific settings; always the case matching `kind`.
    public var params: DeviceParams
    /// How the group's readings are written when not as the fleet's (`devices[].putMode`, an
    /// addition to v1); nil: the fleet's `putMode`.
    public var putMode: PutMode?

    public init(kind: DeviceKind, count: Int, interval: SimDuration? = nil, jitter: SimDuration = .zero,
                anomalyRate: Double = 0.01, params: DeviceParams? = nil) {
        self.kind = kind
        self.count = count
        self.interval = interval ?? kind.defaultInterval
        self.jitter = jitter
        self.anomalyRate = anomalyRate
        self.params = params ?? .defaults(for: kind)
    }
}

/// How a gateway chooses each record's partition key (`fleet.partitionKey`).
public enum PartitionKeyMode: Equatable, Sendable, CustomStringConvertible {
    /// The device id: per-device order is kept and load spreads evenly.
    case device
    /// The gateway id: one hot key per gateway.
    case gateway
    /// A fresh key per record (a UUID-length string): even load, no per-device order.
    case random
    /// Every record the same key: the classic single-key example, one hot shard.
    case constant(String)
    /// `keys` keys `key-0`…, each record drawing one with probability ∝ 1/(rank + 1)^`exponent`
    /// (`ZipfKeys`): realistic hot keys.
    case zipf(keys: Int, exponent: Double)
    /// The reading's emission time in epoch milliseconds, as a decimal string: a key that looks
    /// spread out but sends every record of one millisecond to one shard and has no order.
    case timestampMillis

    /// The scenario spelling: `device`, `gateway`, `random`, `constant:<key>` or `timestamp-ms`;
    /// for zipf keys, a summary of the object that sets them.
    public var description: String {
        switch self {
        case .device: return "device"
        case .gateway: return "gateway"
        case .random: return "random"
        case .constant(let key): return "constant:" + key
        case .zipf(let keys, let exponent): return "zipf(\(keys) keys, s \(exponent.plainText))"
        case .timestampMillis: return "timestamp-ms"
        }
    }
}

/// When a gateway sends its buffer (`fleet.batching`): whichever bound is reached first.
public struct BatchingConfig: Equatable, Sendable {
    /// 1–500 entries (the PutRecords limit).
    public var maxRecords: Int = 500
    /// 1 B–5 MiB of data and keys (the PutRecords limit).
    public var maxBytes: Int64 = 5_242_880
    /// How long the oldest buffered reading may wait.
    public var linger: SimDuration = .milliseconds(100)
    public init(maxRecords: Int = 500, maxBytes: Int64 = 5_242_880, linger: SimDuration = .milliseconds(100)) {
        self.maxRecords = maxRecords
        self.maxBytes = maxBytes
        self.linger = linger
    }
}

/// Backoff jitter (`fleet.retry.jitter`).
public enum RetryJitter: String, CaseIterable, Sendable {
    /// The delay is uniform in `[0, backoff]` (AWS "full jitter").
    case full
    /// The delay is exactly the backoff.
    case none
}

/// Retry of throttled entries (`fleet.retry`): exponential backoff, with full jitter by default.
public struct RetryPolicy: Equatable, Sendable {
    /// Total attempts per entry, the first included (the AWS SDK's standard mode uses 3).
    public var maxAttempts: Int = 3
    /// Delay before the first retry; doubles per attempt.
    public var baseDelay: SimDuration = .milliseconds(100)
    /// Cap on the backoff delay.
    public var maxDelay: SimDuration = .seconds(20)
    public var jitter = RetryJitter.full
    /// How long a gateway waits for a response, from sending the request (the SDK's attempt
    /// timeout; the KPL's `RequestTimeout`). A slower response counts as failed: the gateway
    /// gives up at `sent + timeout` and resends every entry, as after a lost response (P10),
    /// while the stream may have taken them: duplicates. Nil waits for every response.
    public var timeout: SimDuration?

    public init(maxAttempts: Int = 3, baseDelay: SimDuration = .milliseconds(100),
                maxDelay: SimDuration = .seconds(20), jitter: RetryJitter = .full, timeout: SimDuration? = nil) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.jitter = jitter
        self.timeout = timeout
    }

    /// The backoff ceiling before attempt `attempt + 1`: `min(maxDelay, base · 2^(attempt−1))`.
    public func ceiling(afterAttempt attempt: Int) -> SimDuration {
        var delay = baseDelay
        var doublings = attempt - 1
        while doublings > 0 && delay < maxDelay {
            delay = delay * 2
            doublings -= 1
        }
        return min(delay, maxDelay)
    }
}

/// Everything the fleet model needs from a scenario.
public struct FleetConfig: Sendable {
    public var gateways: Int
    public var groups: [DeviceGroupConfig]
    public var partitionKey: PartitionKeyMode = .device
    public var putMode = PutMode.batch
    /// Ignored in single put mode, whose requests hold one entry each.
    public var batching = BatchingConfig()
    public var uplinkLatency: Distribution = .lognormal(.init(median: .milliseconds(20), p99: .milliseconds(150)))
    public var retry = RetryPolicy()
    /// The client library the gateways send through.
    public var producer = ProducerKind.sdk
    /// Each gateway's limit per shard, as a fraction of Kinesis's per-shard write limits
    /// (`ShardLimiter`); nil: none.
    public var rateLimit: Double?
    /// How far gateways' clocks are off (a magnitude; each gateway ahead or behind); nil: exact.
    public var clockSkew: Distribution?
    /// What gateways do with readings while a `gateway-offline` fault cuts them off.
    public var offlineQueue = OfflineQueueConfig()
    /// Probability that a response is lost, so the gateway resends the whole request (P10).
    public var ackLossRate = 0.0
    /// `latency-spike` faults, in scenario order (a later one wins where they overlap).
    public var latencySpikes: [LatencySpike] = []
    /// `traffic-burst` faults: groups of their kinds emit faster (or slower) for a while.
    public var bursts: [TrafficBurst] = []
    /// Devices emit while simulated time is before this.
    public var emitUntil: SimTime
    /// The scenario's `startTime` in epoch ms (payload timestamps).
    public var epochMillisAtStart: Int64
    public var masterSeed: UInt64

    public init(gateways: Int, groups: [DeviceGroupConfig], emitUntil: SimTime,
                epochMillisAtStart: Int64, masterSeed: UInt64) {
        self.gateways = gateways
        self.groups = groups
        self.emitUntil = emitUntil
        self.epochMillisAtStart = epochMillisAtStart
        self.masterSeed = masterSeed
    }

    /// Each gateway's clock, drawn from `clockSkew`.
    public var clocks: GatewayClocks { GatewayClocks(skew: clockSkew, gateways: gateways, masterSeed: masterSeed) }

    /// Devices in all groups.
    public var deviceCount: Int { groups.reduce(0) { $0 + $1.count } }

    /// Each weather device's station and sensor, numbered across the groups in order.
    public var weatherStations: WeatherStations {
        WeatherStations(groups: groups.map { ($0.count, $0.params) })
    }

    /// The put modes the gateways write in: the fleet's first, then the other one if a device
    /// group asks for it. A gateway sends each mode's readings apart (`Fleet.senders`).
    public var putModes: [PutMode] {
        groups.contains { ($0.putMode ?? putMode) != putMode } ? [putMode, putMode.other] : [putMode]
    }

    /// The put mode of group `group`'s readings.
    public func putMode(ofGroup group: Int) -> PutMode { groups[group].putMode ?? putMode }
}
