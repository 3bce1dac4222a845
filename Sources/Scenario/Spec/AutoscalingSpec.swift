import SimKernel

/// A threshold autoscaling policy (`stream.autoscaling`), the CloudWatch-alarm pattern.
///
/// Utilization is the per-period metric as a fraction of provisioned write capacity; a
/// threshold must hold for `periods` consecutive periods, and `cooldown` separates actions.
public struct AutoscalingSpec: Equatable, Sendable {
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

/// The stream metric an autoscaling policy watches.
public enum AutoscalingMetric: String, CaseIterable, Sendable {
    case incomingRecords = "IncomingRecords"
    case incomingBytes = "IncomingBytes"
}

/// How far one scaling action moves the shard count (UpdateShardCount allows ½× to 2×).
public enum ScalingStep: String, CaseIterable, Sendable {
    /// Double on scale-up, halve on scale-down.
    case double
}
