import FleetModel
import SimKernel

/// Devices and the gateways they send through (`fleet`).
public struct FleetSpec: Equatable, Sendable {
    /// Number of gateways; devices are spread round-robin over them.
    public var gateways: Int
    /// Device groups in file order; device ids are numbered through the groups in this order.
    public var devices: [DeviceGroupConfig]
    public var partitionKey: PartitionKeyMode
    public var putMode: PutMode
    public var batching: BatchingConfig
    /// One-way network delay gateway → stream; the response takes the same distribution back.
    public var uplinkLatency: Distribution
    public var retry: RetryPolicy
    /// Producer-side per-shard limiter as a fraction of the shard limit; nil = none. The value
    /// in force: under the KPL, absent means the KPL's 1.5.
    public var rateLimit: Double?
    /// The KPL's settings when `producer` is `"kpl"` (an addition to v1); nil: the AWS SDK.
    public var kpl: KPLConfig?
    public var offlineQueue: OfflineQueueConfig
    /// Probability that a successful response is lost, so the gateway writes a duplicate.
    public var ackLossRate: Double
    /// How far each gateway's clock is off (an addition to v1; `GatewayClocks`); nil: exact clocks.
    public var clockSkew: Distribution?

    /// `{"dist": "lognormal", "median": "20ms", "p99": "150ms"}`.
    public static let defaultUplinkLatency = Distribution.lognormal(.init(median: .milliseconds(20), p99: .milliseconds(150)))

    public init(gateways: Int, devices: [DeviceGroupConfig], partitionKey: PartitionKeyMode = .device,
                putMode: PutMode = .batch, batching: BatchingConfig = BatchingConfig(),
                uplinkLatency: Distribution = FleetSpec.defaultUplinkLatency, retry: RetryPolicy = RetryPolicy(),
                rateLimit: Double? = nil, offlineQueue: OfflineQueueConfig = OfflineQueueConfig(), ackLossRate: Double = 0) {
        self.gateways = gateways
        self.devices = devices
        self.partitionKey = partitionKey
        self.putMode = putMode
        self.batching = batching
        self.uplinkLatency = uplinkLatency
        self.retry = retry
        self.rateLimit = rateLimit
        self.offlineQueue = offlineQueue
        self.ackLossRate = ackLossRate
    }

    /// Devices over all groups.
    public var totalDevices: Int { devices.reduce(0) { $0 + $1.count } }
}
