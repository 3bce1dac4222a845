import SimKernel
import StreamModel

/// An enhanced fan-out consumer: records are pushed over a subscription per shard, paced by the
/// consumer's own 2 MiB/s per shard, never touching the shard's shared read limits (E1–E5).
/// SubscribeToShard's rules (E3, E4) and the events' send and arrival times live here; round
/// trips, push delays and processing draw from the consumer's own substream.
public struct FanOutConsumer {
    /// Its reading settings, reader and substream (the round trip of SubscribeToShard, processing).
    public var reading: PollingConsumer
    public let fanOut: FanOutConfig
    /// The subscription per shard index.
    public internal(set) var subscriptions: [FanOutSubscription] = []

    public init(reading: PollingConsumer, fanOut: FanOutConfig) {
        self.reading = reading
        self.fanOut = fanOut
    }

    /// SubscribeToShard for `shard` at `now`: the first subscription, a renewal, or a refusal (E4);
    /// `restart` when it starts from another position than the continuation.
    public mutating func subscribe(shard: Int, now: SimTime, restart: Bool = false) -> SubscribeOutcome {
        while subscriptions.count <= shard {
            subscriptions.append(FanOutSubscription(bytesPerSecond: fanOut.bytesPerSecond, now: now))
        }
        let previous = subscriptions[shard]
        if previous.active, now - previous.subscribedAt < FanOutConfig.resubscribeInterval {
            return .resourceInUse(retryAt: previous.subscribedAt + FanOutConfig.resubscribeInterval)
        }
        subscriptions[shard].start(now: now, lifetime: fanOut.subscriptionLifetime,
                                   roundTrip: reading.config.readLatency.sample(&reading.random), restart: restart)
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
        let newDelay = subscriptions[shard].needsDelay(sentAt: sentAt) ? fanOut.pushDelay.sample(&reading.random) : nil
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
