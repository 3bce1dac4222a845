import SimKernel
import StreamModel

/// One shard's SubscribeToShard subscription of a fan-out consumer, and the events it pushes.
///
/// An event is an HTTP/2 push (E3): the service sends it with every record visible at its send
/// time, up to the consumer's allowance then (E1), and it reaches the consumer a push delay later.
/// Sends are in order, and so are arrivals: an event is taken only once the consumer has processed
/// the one before. One event is on its way at a time; the next is sent when its first record is
/// visible, so a record's latency is its own visibility plus one push delay, not the remainder of
/// an earlier record's.
///
/// The push delay is the connection's latency, drawn anew for each second of simulated time in
/// which the subscription sends. Events a few milliseconds apart share it and so stay in order
/// without waiting for one another; independent delays per event would make each wait for the
/// slowest before it, and the more events, the longer every record would wait.
///
/// The byte bucket is the consumer's per shard and survives renewals: the limit is per consumer
/// and shard, not per subscription.
public struct FanOutSubscription: Sendable {
    public internal(set) var bucket: TokenBucket
    /// E4: when the last successful SubscribeToShard was made.
    public internal(set) var subscribedAt: SimTime
    /// E3: when the service ends the subscription and the consumer must subscribe again.
    public internal(set) var expiresAt: SimTime
    /// No event is sent in `[pausedFrom, resumesAt)`: the round trip of the latest
    /// SubscribeToShard (from the distant past for the first one). Events sent before a renewal
    /// still arrive over the old connection; after it, sends go on from the continuation (E5).
    public internal(set) var pausedFrom: SimTime
    public internal(set) var resumesAt: SimTime
    /// No event is taken before this: the consumer is still processing the previous one.
    public internal(set) var takesFrom: SimTime
    /// When the event on its way was sent: it carries the records visible then.
    public internal(set) var sentAt: SimTime
    /// The push delay of events sent in the second `delaySecond` (seconds since time zero).
    var delay = SimDuration.zero
    var delaySecond: Int64 = -1
    /// Nothing is on its way and nothing is left to send: the shard's next accepted record starts
    /// the next event.
    public internal(set) var waiting = true
    /// The consumer reads this shard by subscription (placeholders fill shards it does not read).
    public internal(set) var active = false

    public init(bytesPerSecond: Int64, now: SimTime) {
        bucket = TokenBucket(ratePerSecond: bytesPerSecond, now: now)
        subscribedAt = now
        expiresAt = now
        pausedFrom = .zero
        resumesAt = now
        takesFrom = now
        sentAt = now
    }

    /// A successful SubscribeToShard at `now`: it lasts `lifetime`, and its first event can be
    /// sent once the call's `roundTrip` is over. Takes over any earlier subscription; a renewal
    /// goes on from the continuation, while a `restart` from another position (a new lease
    /// owner's checkpoint) sends nothing before the round trip is over.
    mutating func start(now: SimTime, lifetime: SimDuration, roundTrip: SimDuration, restart: Bool = false) {
        pausedFrom = active && !restart ? now : .zero
        resumesAt = now + roundTrip
        active = true
        subscribedAt = now
        expiresAt = now + lifetime
    }

    /// When the service sends the next event, whose first record is visible at `firstVisibleAt`:
    /// after the previous send, as soon as the byte allowance and the subscription allow.
    func sendTime(firstVisibleAt: SimTime) -> SimTime {
        let earliest = max(firstVisibleAt, sentAt, bucket.timeHolding(1))
        return earliest >= pausedFrom && earliest < resumesAt ? resumesAt : earliest
    }

    /// Whether an event sent at `sentAt` needs a new push delay (the first of its second).
    func needsDelay(sentAt: SimTime) -> Bool { sentAt.nanoseconds / 1_000_000_000 != delaySecond }

    /// Sends the next event at `sentAt`, with `newDelay` as the push delay of its second when it
    /// is the first of that second; returns when it reaches the consumer.
    mutating func send(at sentAt: SimTime, newDelay: SimDuration?) -> SimTime {
        if let newDelay {
            delay = newDelay
            delaySecond = sentAt.nanoseconds / 1_000_000_000
        }
        self.sentAt = sentAt
        waiting = false
        return max(takesFrom, sentAt + delay)
    }

    /// The bytes the event on its way may carry: what the bucket held when it was sent.
    mutating func allowance() -> Int64 {
        bucket.refill(to: sentAt)
        return max(0, bucket.tokens)
    }

    /// The event on its way reached the consumer with `bytes`; the consumer is done with it at `processedAt`.
    mutating func took(bytes: Int64, processedAt: SimTime) {
        bucket.take(bytes)
        takesFrom = processedAt
    }

    /// Everything visible has been sent: the subscription waits for a record.
    mutating func waitForRecords() {
        waiting = true
    }
}
