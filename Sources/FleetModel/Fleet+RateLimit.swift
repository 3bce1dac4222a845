import SimKernel
import StreamModel
import Telemetry

/// The producer-side limiter (`fleet.rateLimit`): each gateway keeps a `ShardLimiter` per shard
/// it puts to, predicting shards from its `ShardMap`.
///
/// The KPL passes each Kinesis record through its limiter (`Fleet+KPLFlush`). The SDK sends
/// requests whole, as a client that blocks on a per-shard rate limiter before each PutRecords
/// (or PutRecord): a request leaves only when every shard it writes to has tokens for all of
/// its records there, and then takes them; a record costs what Kinesis counts against the
/// shard, its data and partition key. Until then the request stays at the gateway: a new batch
/// holds up the gateway's next one (readings wait at their devices, as in single put mode), a
/// retry waits past its backoff, and a drain request holds up the drain.
extension Fleet {
    /// Whether the world must keep the fleet's `ShardMap` current: the KPL or a rate limit
    /// predicts shards.
    public var predictsShards: Bool { usesKPL || config.rateLimit != nil }

    /// The stream's OPEN shards changed: the SDK's limiters predict by this map at once; a KPL
    /// loads it at its start and reloads it when it finds its own is stale (`Fleet+KPLShards`).
    public mutating func learnShards(_ map: ShardMap) { listedShards = map }

    /// Gives `gateway` a limiter for `shard` if it has none: its tokens start empty at `now`.
    mutating func makeLimiter(shard: Int, gateway index: Int, now: SimTime) {
        while gateways[index].limiters.count <= shard { gateways[index].limiters.append(nil) }
        guard gateways[index].limiters[shard] == nil else { return }
        gateways[index].limiters[shard] = ShardLimiter(now: now, rateLimit: config.rateLimit!)
    }

    /// The gateway's batch is due at `now`: nil when it may be sent now (its tokens are taken:
    /// send it), else when to try again. Always nil without a rate limit, and under the KPL.
    public mutating func admitBatch(gateway index: Int, now: SimTime) -> SimTime? {
        guard limitsRequests else { return nil }
        // In single put mode the next call takes the oldest queued reading first (`send`).
        let (wait, count) = gateways[index].putMode == .single && !gateways[index].offline.held.isEmpty
            ? admitQueued(gateway: index, now: now)
            : (admit(gateways[index].batch, gateway: index, now: now), gateways[index].batch.count)
        gateways[index].batchHeldBack = countHold(wait, entries: count, heldBefore: gateways[index].batchHeldBack)
        return wait
    }

    /// A retry's backoff has ended at `now`: as `admitBatch`, for the request's remaining entries.
    public mutating func admitRetry(request: Int, now: SimTime) -> SimTime? {
        guard limitsRequests else { return nil }
        let wait = admit(requests[request].entries, gateway: Int(requests[request].gateway), now: now)
        requests[request].heldBack = countHold(wait, entries: requests[request].entries.count,
                                               heldBefore: requests[request].heldBack)
        return wait
    }

    /// The gateway's next drain request is due at `now`: as `admitBatch`, for the readings it
    /// will take from the offline queue (nil too when it has none to send).
    public mutating func admitDrain(gateway index: Int, now: SimTime) -> SimTime? {
        guard limitsRequests, !gateways[index].offline.isOffline else { return nil }
        let (wait, count) = admitQueued(gateway: index, now: now)
        gateways[index].offline.drainHeldBack = countHold(wait, entries: count, heldBefore: gateways[index].offline.drainHeldBack)
        return wait
    }

    /// `admit` for the readings the gateway's next drain request takes from its offline queue;
    /// also returns how many.
    mutating func admitQueued(gateway index: Int, now: SimTime) -> (wait: SimTime?, entries: Int) {
        let count = drainCount(gateway: index)
        return (admit(gateways[index].offline.held.prefix(count).lazy.map(\.entry), gateway: index, now: now), count)
    }

    /// Takes the tokens of `entries` from the gateway's limiters if every shard's cover its
    /// share; else returns when they all will.
    mutating func admit<Entries: Sequence<PutEntry<Reading>>>(_ entries: Entries, gateway index: Int, now: SimTime) -> SimTime? {
        for entry in entries { shares.add(shard: listedShards.shard(for: entry.hashKey), bytes: entry.recordBytes) }
        defer { shares.clear() }
        var readyAt: SimTime?
        for shard in shares.touched {
            makeLimiter(shard: shard, gateway: index, now: now)
            gateways[index].limiters[shard]!.refill(now: now)
            let (records, bytes) = (shares.records[shard], shares.bytes[shard])
            guard !gateways[index].limiters[shard]!.covers(records: records, bytes: bytes) else { continue }
            let ready = gateways[index].limiters[shard]!.readyAt(records: records, bytes: bytes)
            readyAt = max(readyAt ?? ready, ready)
        }
        if readyAt == nil {
            for shard in shares.touched {
                gateways[index].limiters[shard]!.spend(records: shares.records[shard], bytes: shares.bytes[shard])
            }
        }
        return readyAt
    }

    /// Counts a send's entries in `rateLimited` the first time it is held back; returns whether
    /// it is held back now.
    mutating func countHold(_ wait: SimTime?, entries: Int, heldBefore: Bool) -> Bool {
        if wait != nil && !heldBefore { counters.rateLimited += UInt64(entries) }
        return wait != nil
    }
}
