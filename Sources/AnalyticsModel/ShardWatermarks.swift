import SimKernel

/// The event-time watermark of an operator reading several shards: per shard, the largest event
/// time seen and when its last record arrived; the operator's watermark is the smallest of the
/// shards' that have not gone idle (Flink combines parallel sources' watermarks the same way,
/// and `withIdleness` drops a quiet one from the minimum).
///
/// The minimum is recomputed only when the shard holding it moves or goes idle, so a record
/// costs O(1) amortised when records spread over the shards.
struct ShardWatermarks: Sendable {
    /// Per shard index: the largest event time seen, epoch ns (`.min`: no record yet).
    var maxEventNs: [Int64] = []
    /// Per shard index: the processing time of its latest record.
    var lastArrival: [SimTime] = []
    /// The shard whose largest event time is the minimum; nil before any record.
    var holder: Int?

    /// Notes a record of `shard` at event time `eventNs` arriving at `arrivedAt`; returns the
    /// smallest largest event time over the active shards.
    mutating func observe(shard: Int, eventNs: Int64, arrivedAt: SimTime, idleTimeout: SimDuration) -> Int64 {
        if shard >= maxEventNs.count {
            maxEventNs.append(contentsOf: repeatElement(.min, count: shard + 1 - maxEventNs.count))
            lastArrival.append(contentsOf: repeatElement(.zero, count: shard + 1 - lastArrival.count))
        }
        maxEventNs[shard] = max(maxEventNs[shard], eventNs)
        lastArrival[shard] = arrivedAt
        if let current = holder, current != shard, !isIdle(current, at: arrivedAt, idleTimeout: idleTimeout) {
            if maxEventNs[shard] < maxEventNs[current] { holder = shard }
        } else {
            holder = smallest(at: arrivedAt, idleTimeout: idleTimeout)
        }
        return maxEventNs[holder ?? shard]
    }

    func isIdle(_ shard: Int, at now: SimTime, idleTimeout: SimDuration) -> Bool {
        idleTimeout > .zero && now - lastArrival[shard] >= idleTimeout
    }

    /// The active shard with the smallest largest event time (the lowest index on ties).
    func smallest(at now: SimTime, idleTimeout: SimDuration) -> Int? {
        var best: Int?
        for shard in maxEventNs.indices where maxEventNs[shard] != .min && !isIdle(shard, at: now, idleTimeout: idleTimeout) {
            if best.map({ maxEventNs[shard] < maxEventNs[$0] }) ?? true { best = shard }
        }
        return best
    }
}
