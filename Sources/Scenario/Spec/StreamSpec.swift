import SimKernel
import StreamModel

/// The stream (`stream`): shards, capacity mode, retention, limits and their throttling model
/// (`stream.throttling` is `limits.writeThrottling`).
public struct StreamSpec: Equatable, Sendable {
    /// Initial open shards with equal hash ranges (on-demand streams start at 4).
    public var shards: Int
    public var mode: StreamMode
    public var retention: SimDuration
    public var limits: StreamLimits
    /// Delay before an accepted record is readable.
    public var visibilityDelay: Distribution
    /// Nil = no autoscaling (provisioned streams only).
    public var autoscaling: AutoscalingPolicy?
    /// How an on-demand stream splits its shards (on-demand streams only).
    public var onDemand: OnDemandPolicy
    public var prices: StreamPrices

    /// Shards an on-demand stream starts with (kinesis-model.md §7).
    public static let onDemandInitialShards = OnDemandPolicy.initialShards

    public init(shards: Int, mode: StreamMode = .provisioned, retention: SimDuration = .hours(24),
                limits: StreamLimits = StreamLimits(),
                visibilityDelay: Distribution = .constant(.zero), autoscaling: AutoscalingPolicy? = nil,
                prices: StreamPrices = StreamPrices(), onDemand: OnDemandPolicy = OnDemandPolicy()) {
        self.shards = shards
        self.mode = mode
        self.retention = retention
        self.limits = limits
        self.visibilityDelay = visibilityDelay
        self.autoscaling = autoscaling
        self.onDemand = onDemand
        self.prices = prices
    }
}
