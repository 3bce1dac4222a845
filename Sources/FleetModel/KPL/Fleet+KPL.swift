import DequeModule
import SimKernel
import StreamModel
import Telemetry

/// The KPL producer (`fleet.producer: "kpl"`): each gateway runs one KPL instance.
///
/// Readings are buffered for up to `RecordMaxBufferedTime` after the oldest; at that deadline
/// the gateway flushes everything buffered: per predicted shard, user records are packed into
/// aggregated records (`AggregateBuilder`), each passes its shard's limiter
/// (`ShardLimiter`) or waits for tokens, and those let through are collected into
/// PutRecords requests (`CollectionMaxCount`, `CollectionMaxSize`, 256 KiB per shard). The KPL
/// flushes each shard's buffer at that shard's own deadline and holds collected records up to
/// 20 ms more; simctl flushes a gateway's shards together, at the first deadline (a record
/// waits at most `RecordMaxBufferedTime` either way). Failed user records, and all those of a
/// request whose response was lost, go back to the buffer due after half
/// `RecordMaxBufferedTime`, with no backoff, until `RecordTtl` after they were put: then they
/// expire, counted as dropped.
extension Fleet {
    /// Whether the gateways send through the KPL.
    public var usesKPL: Bool { kpl != nil }

    /// Requests the latest KPL wake sent, with their arrival at the stream, for the world to schedule.
    public var sentRequests: [(request: Int, arrivesAt: SimTime)] { kplWork.sent }

    /// Wakes `gateway`'s KPL at `now`: waiting records pass their limiters, the buffer is
    /// flushed, and requests go out (`sentRequests`). Returns the readings that expired and the
    /// next wake; a stale wake (the gateway was rescheduled) does nothing and returns nil.
    public mutating func wakeKPL(gateway index: Int, now: SimTime) -> KPLOutcome? {
        guard gateways[index].kpl.wakeAt == now else { return nil }
        kplWork.sent.removeAll(keepingCapacity: true)
        kplWork.dropped = 0
        reloadShards(gateway: index, now: now)
        releaseWaiting(gateway: index, now: now)
        flushBuffer(gateway: index, now: now)
        closeRequest(gateway: index, now: now)
        return KPLOutcome(dropped: kplWork.dropped, wakeAt: planWake(gateway: index, now: now))
    }

    /// Buffers the gateway's first readings; returns its first wake.
    mutating func startKPL(gateway index: Int) -> SimTime? {
        gateways[index].kpl.shards = listedShards
        return planWake(gateway: index, now: .zero)
    }

    /// Pulls readings due before the buffer's deadline, and sets the gateway's next wake: the
    /// buffer's deadline, a retry's, or a limiter's next poll with tokens enough.
    mutating func planWake(gateway index: Int, now: SimTime) -> SimTime? {
        var next = fillBuffer(gateway: index)
        if let due = gateways[index].kpl.retryDueAt { next = min(next ?? due, due) }
        for (shard, waiting) in gateways[index].kpl.waiting.enumerated() {
            guard let head = waiting.first else { continue }
            let ready = KPLConfig.nextPoll(gateways[index].limiters[shard]!.readyAt(bytes: Int64(head.entry.dataBytes)))
            next = min(next ?? ready, ready)
        }
        gateways[index].kpl.wakeAt = next
        return next
    }

    /// Extends the buffer with every reading due by its deadline (the oldest buffered reading's
    /// emission plus `RecordMaxBufferedTime`); returns that deadline (nil: nothing buffered).
    mutating func fillBuffer(gateway index: Int) -> SimTime? {
        if gateways[index].batch.isEmpty {
            guard let first = nextReading(gateway: index) else { return nil }
            gateways[index].batch.append(first)
        }
        let deadline = gateways[index].batch[0].payload.emittedAt + kpl!.recordMaxBufferedTime
        while let due = gateways[index].schedule.head?.time, due < config.emitUntil, due <= deadline {
            gateways[index].batch.append(nextReading(gateway: index)!)
        }
        return deadline
    }

    /// Records waiting on limiters go on as tokens allow, oldest first; those past their TTL
    /// expire.
    mutating func releaseWaiting(gateway index: Int, now: SimTime) {
        for shard in gateways[index].kpl.waiting.indices where !gateways[index].kpl.waiting[shard].isEmpty {
            var waiting: Deque<KPLAggregate> = []
            swap(&waiting, &gateways[index].kpl.waiting[shard])
            while let head = waiting.first, isExpired(head.users, now: now) {
                expire(waiting.removeFirst().users)
            }
            while let head = waiting.first, gateways[index].limiters[shard]!.take(bytes: Int64(head.entry.dataBytes), now: now) {
                collect(waiting.removeFirst(), shard: shard, gateway: index, now: now)
            }
            swap(&waiting, &gateways[index].kpl.waiting[shard])
        }
    }

    /// A Kinesis record expires with its oldest user record (`KinesisRecord`'s expiration is
    /// its items' earliest).
    func isExpired(_ users: ContiguousArray<KPLRecord>, now: SimTime) -> Bool {
        users.contains { $0.entry.payload.emittedAt + kpl!.recordTtl <= now }
    }

    /// Gives up user records at their TTL: those the stream never accepted are dropped.
    mutating func expire<Records: Collection<KPLRecord>>(_ users: Records) {
        let lost = users.lazy.filter { !$0.acceptedBefore }.count
        counters.expired += UInt64(lost)
        counters.dropped += UInt64(lost)
        kplWork.dropped += lost
    }
}

/// What a KPL wake or response did: readings it gave up, and when the gateway must wake next
/// (nil: no new wake to schedule).
public struct KPLOutcome: Equatable, Sendable {
    public var dropped: Int
    public var wakeAt: SimTime?
}
