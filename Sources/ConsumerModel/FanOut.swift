import SimKernel
import StreamModel

/// Settings of an enhanced fan-out consumer (`consumers[]` with `type: "efo"`).
public struct FanOutConfig: Sendable {
    /// E1: bytes per second pushed to this consumer per shard, its own (not shared).
    public var bytesPerSecond: Int64
    /// §8, E6: from a record's visibility to its push reaching the consumer (AWS: ~70 ms).
    public var pushDelay: Distribution
    /// E3: a SubscribeToShard subscription lasts this long, then the consumer subscribes again.
    public var subscriptionLifetime: SimDuration

    public static let defaultPushDelay = Distribution.lognormal(.init(median: .milliseconds(70), p99: .milliseconds(200)))

    public init(bytesPerSecond: Int64 = 2_097_152, pushDelay: Distribution = FanOutConfig.defaultPushDelay,
                subscriptionLifetime: SimDuration = .minutes(5)) {
        self.bytesPerSecond = bytesPerSecond
        self.pushDelay = pushDelay
        self.subscriptionLifetime = subscriptionLifetime
    }
}

/// One shard's SubscribeToShard subscription of a fan-out consumer: its own throughput bucket
/// (kept across renewals: the limit is per consumer and shard, not per subscription), when it
/// must be renewed, and whether a push is already on its way.
public struct FanOutSubscription: Sendable {
    public var bucket: TokenBucket
    public var expiresAt: SimTime
    /// No push is scheduled: the next accepted record of the shard schedules one.
    public var idle = false
    /// The consumer reads this shard by subscription (placeholders fill shards it does not read).
    public var active = false

    public init(bytesPerSecond: Int64, now: SimTime) {
        bucket = TokenBucket(ratePerSecond: bytesPerSecond, now: now)
        expiresAt = now
    }
}

/// What a fan-out consumer does at a push event of one shard.
public enum PushStep: Equatable, Sendable {
    /// The subscription ran out: subscribe again; pushes resume at this time.
    case resubscribe(at: SimTime)
    /// Take records now, up to this many bytes.
    case push(maxBytes: Int64)
}

extension PollingConsumer {
    /// Subscribes to `shard` at `now` (the first subscription or a renewal, E3/E4).
    public mutating func subscribe(shard: Int, now: SimTime) {
        guard let fanOut = config.fanOut else { preconditionFailure("\(config.name) is not a fan-out consumer") }
        while subscriptions.count <= shard {
            subscriptions.append(FanOutSubscription(bytesPerSecond: fanOut.bytesPerSecond, now: now))
        }
        subscriptions[shard].active = true
        subscriptions[shard].expiresAt = now + fanOut.subscriptionLifetime
        counters.subscriptions += 1
    }

    /// What the subscription of `shard` does at `now`.
    public mutating func pushStep(shard: Int, now: SimTime) -> PushStep {
        guard now < subscriptions[shard].expiresAt else {
            let renewed = now + config.readLatency.sample(&random)
            subscribe(shard: shard, now: renewed)
            return .resubscribe(at: renewed)
        }
        subscriptions[shard].bucket.refill(to: now)
        return .push(maxBytes: max(0, subscriptions[shard].bucket.tokens))
    }

    /// Charges a push of `bytes` and returns when the next push comes: after a push delay, or
    /// nil when nothing was pushed (the subscription waits for the next record).
    public mutating func afterPush(shard: Int, bytes: Int64, count: Int, now: SimTime) -> SimTime? {
        subscriptions[shard].bucket.take(bytes)
        subscriptions[shard].idle = count == 0
        return count == 0 ? nil : now + pushDelay()
    }

    /// A fresh push delay.
    public mutating func pushDelay() -> SimDuration {
        config.fanOut?.pushDelay.sample(&random) ?? .zero
    }

    /// Whether the subscription of `shard` waits for a record (and wakes it if so).
    public mutating func wakeIfIdle(shard: Int) -> Bool {
        guard shard < subscriptions.count, subscriptions[shard].active, subscriptions[shard].idle else { return false }
        subscriptions[shard].idle = false
        return true
    }
}
