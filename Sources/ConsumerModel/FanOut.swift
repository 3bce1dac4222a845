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

/// A fan-out consumer's subscriptions: SubscribeToShard (E3, E4) and the events they push
/// (`FanOutSubscription`). The world decides when; this decides what is allowed and when events
/// are sent and arrive, drawing round trips and push delays from the consumer's own substream.
extension PollingConsumer {
    /// SubscribeToShard for `shard` at `now`: the first subscription, a renewal, or a refusal (E4).
    public mutating func subscribe(shard: Int, now: SimTime) -> SubscribeOutcome {
        guard let fanOut = config.fanOut else { modelPreconditionFailure("\(config.name) is not a fan-out consumer") }
        while subscriptions.count <= shard {
            subscriptions.append(FanOutSubscription(bytesPerSecond: fanOut.bytesPerSecond, now: now))
        }
        let previous = subscriptions[shard]
        if previous.active, now - previous.subscribedAt < FanOutConfig.resubscribeInterval {
            return .resourceInUse(retryAt: previous.subscribedAt + FanOutConfig.resubscribeInterval)
        }
        subscriptions[shard].start(now: now, lifetime: fanOut.subscriptionLifetime, roundTrip: config.readLatency.sample(&random))
        counters.subscriptions += 1
        return .subscribed(renewAt: subscriptions[shard].expiresAt)
    }

    /// Whether the subscription to `shard` waits for a record (nothing on its way, nothing to send).
    public func isWaiting(shard: Int) -> Bool {
        shard < subscriptions.count && subscriptions[shard].active && subscriptions[shard].waiting
    }

    /// The service sends the next event of `shard`, whose first record is visible at
    /// `firstVisibleAt`; returns when it reaches the consumer.
    public mutating func send(shard: Int, firstVisibleAt: SimTime) -> SimTime {
        let sentAt = subscriptions[shard].sendTime(firstVisibleAt: firstVisibleAt)
        let newDelay = subscriptions[shard].needsDelay(sentAt: sentAt) ? config.fanOut!.pushDelay.sample(&random) : nil
        return subscriptions[shard].send(at: sentAt, newDelay: newDelay)
    }

    /// The event of `shard` reaching the consumer: when it was sent and how many bytes it may carry.
    public mutating func arrivingEvent(shard: Int) -> (sentAt: SimTime, maxBytes: Int64) {
        (subscriptions[shard].sentAt, subscriptions[shard].allowance())
    }

    /// The event of `shard` carried `bytes`; the consumer is done with it at `processedAt`.
    public mutating func took(shard: Int, bytes: Int64, processedAt: SimTime) {
        subscriptions[shard].took(bytes: bytes, processedAt: processedAt)
    }

    /// Everything visible in `shard` has been pushed: the subscription waits for a record.
    public mutating func waitForRecords(shard: Int) {
        subscriptions[shard].waitForRecords()
    }
}
