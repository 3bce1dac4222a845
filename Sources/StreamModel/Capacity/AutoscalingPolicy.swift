import SimKernel

/// A threshold autoscaling policy (`stream.autoscaling`), the CloudWatch-alarm pattern, run by
/// `Autoscaler`.
///
/// Utilization is the per-period metric as a fraction of provisioned write capacity; a
/// threshold must hold for `periods` consecutive periods, and `cooldown` separates actions.
/// Thresholds are kept as the scenario writes them; the autoscaler reads them to millionths.
public struct AutoscalingPolicy: Equatable, Sendable {
    public var metric: AutoscalingMetric
    public var scaleUpAt: Double
    public var scaleDownAt: Double
    public var periods: Int
    public var period: SimDuration
    public var cooldown: SimDuration
    public var step: ScalingStep

    public init(metric: AutoscalingMetric = .incomingRecords, scaleUpAt: Double = 0.7, scaleDownAt: Double = 0.5,
                periods: Int = 2, period: SimDuration = .seconds(60), cooldown: SimDuration = .seconds(180),
                step: ScalingStep = .double) {
        self.metric = metric
        self.scaleUpAt = scaleUpAt
        self.scaleDownAt = scaleDownAt
        self.periods = periods
        self.period = period
        self.cooldown = cooldown
        self.step = step
    }
}

/// The stream metric an autoscaling policy watches: accepted records or bytes (data + keys),
/// as CloudWatch counts them. Throttled records are not incoming.
public enum AutoscalingMetric: String, CaseIterable, Sendable {
    case incomingRecords = "IncomingRecords"
    case incomingBytes = "IncomingBytes"

    /// The per-shard write limit the metric is measured against (W1 or W2).
    public func perShardPerSecond(_ limits: StreamLimits) -> Int64 {
        switch self {
        case .incomingRecords: return limits.writeRecordsPerSecond
        case .incomingBytes: return limits.writeBytesPerSecond
        }
    }
}

/// How far one scaling action moves the shard count (UpdateShardCount allows ½× to 2×).
public enum ScalingStep: String, CaseIterable, Sendable {
    /// Double on scale-up, halve on scale-down.
    case double
}
