import SimKernel
import Telemetry

/// One group of identical devices (`fleet.devices[]`).
public struct DeviceGroupConfig: Sendable {
    public var kind: DeviceKind
    public var count: Int
    public var interval: SimDuration
    /// Each emission is shifted by a uniform draw in `[0, jitter)`.
    public var jitter: SimDuration
    public var anomalyRate: Double
    public var params: DeviceParams

    public init(kind: DeviceKind, count: Int, interval: SimDuration, jitter: SimDuration = .zero,
                anomalyRate: Double = 0.01, params: DeviceParams? = nil) {
        self.kind = kind
        self.count = count
        self.interval = interval
        self.jitter = jitter
        self.anomalyRate = anomalyRate
        self.params = params ?? .defaults(for: kind)
    }
}

/// How a gateway chooses each record's partition key (`fleet.partitionKey`).
public enum PartitionKeyMode: Equatable, Sendable {
    case device
    case gateway
    /// A fresh random key per record (a UUID-length string).
    case random
    /// Every record the same key: the classic hot-key example.
    case constant(String)
}

/// When a gateway sends its buffer (`fleet.batching`): whichever bound is reached first.
public struct BatchingConfig: Sendable {
    public var maxRecords: Int = 500
    public var maxBytes: Int64 = 5_242_880
    public var linger: SimDuration = .milliseconds(100)
    public init(maxRecords: Int = 500, maxBytes: Int64 = 5_242_880, linger: SimDuration = .milliseconds(100)) {
        self.maxRecords = maxRecords
        self.maxBytes = maxBytes
        self.linger = linger
    }
}

/// Retry of throttled entries (`fleet.retry`): exponential backoff, optionally with full jitter.
public struct RetryPolicy: Sendable {
    /// Total attempts per entry, the first included (the AWS SDK's standard mode uses 3).
    public var maxAttempts: Int = 3
    public var baseDelay: SimDuration = .milliseconds(100)
    public var maxDelay: SimDuration = .seconds(20)
    /// Full jitter: the delay is uniform in `[0, backoff]`; otherwise exactly `backoff`.
    public var fullJitter = true
    public init(maxAttempts: Int = 3, baseDelay: SimDuration = .milliseconds(100),
                maxDelay: SimDuration = .seconds(20), fullJitter: Bool = true) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.fullJitter = fullJitter
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
    public var batching = BatchingConfig()
    public var uplinkLatency: Distribution = .lognormal(.init(median: .milliseconds(20), p99: .milliseconds(150)))
    public var retry = RetryPolicy()
    /// Probability that a response is lost, so the gateway resends the whole request (P10).
    public var ackLossRate = 0.0
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

    /// Devices in all groups.
    public var deviceCount: Int { groups.reduce(0) { $0 + $1.count } }
}
