import SimKernel
import StreamModel

/// Settings of an enhanced fan-out consumer (`consumers[]` with `type: "efo"`).
public struct FanOutConfig: Sendable {
    /// E1: bytes per second pushed to this consumer per shard, its own (not shared).
    public var bytesPerSecond: Int64
    /// §8, E6: from an event's send (its records visible) to its arrival at the consumer (AWS: ~70 ms);
    /// drawn once per second of sending, per subscription (`FanOutSubscription`).
    public var pushDelay: Distribution
    /// E3: a SubscribeToShard subscription lasts this long, then the consumer subscribes again.
    /// At least `resubscribeInterval`, or the renewal would be refused (E4).
    public var subscriptionLifetime: SimDuration

    public static let defaultPushDelay = Distribution.lognormal(.init(median: .milliseconds(70), p99: .milliseconds(200)))
    /// E4: SubscribeToShard for the same consumer and shard within this long of a successful one
    /// gets `ResourceInUseException`; at or after it, the new call takes over.
    public static let resubscribeInterval = SimDuration.seconds(5)

    public init(bytesPerSecond: Int64 = 2_097_152, pushDelay: Distribution = FanOutConfig.defaultPushDelay,
                subscriptionLifetime: SimDuration = .minutes(5)) {
        self.bytesPerSecond = bytesPerSecond
        self.pushDelay = pushDelay
        self.subscriptionLifetime = subscriptionLifetime
    }
}

/// What a SubscribeToShard call got.
public enum SubscribeOutcome: Equatable, Sendable {
    /// The subscription is the consumer's until `renewAt`, when it must subscribe again (E3).
    case subscribed(renewAt: SimTime)
    /// E4: `ResourceInUseException`: a call of this consumer for this shard succeeded less than
    /// 5 s ago. Nothing changed; a call at `retryAt` or later takes over.
    case resourceInUse(retryAt: SimTime)
}
