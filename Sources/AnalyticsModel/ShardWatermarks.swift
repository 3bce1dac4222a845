import SimKernel

/// The event-time watermark of an operator reading several shards: per shard, the largest event
/// time seen and when its last record arrived; the operator's watermark is the smallest of the
/// shards' that have not gone idle (Flink combines parallel sources' watermarks the same way,
/// and `withIdleness` drops a quiet one from the minimum).
///
/// The minimum is recomputed only when the shard holding it moves or goes idle, so a record
/// costs O(1) amortised when records spread over the shards.
struct ShardWatermarks: Sendable {
    struct Shard: Sendable {
        /// The largest event time seen, epoch ns (`.min`: no record yet).
        var maxEventNs = Int64.min
        /// Processing time of its latest record, ns.
        var lastArrivalNs: Int64 = 0
    }

    /// Per shard index.
    var shards: ContiguousArray<Shard> = []
    /// The shard whose largest event time is the minimum; −1 before any record.
    var holder = -1
    /// 0: a shard never goes idle.
    let idleTimeoutNs: Int64

    init(idleTimeout: SimDuration) { idleTimeoutNs = idleTimeout.nanoseconds }

    /// Notes a record of `shard` at event time `eventNs` arriving at `arrivedAtNs`; returns the
    /// smallest largest event time over the active shards.
    @inline(__always)
    mutating func observe(shard: Int, eventNs: Int64, arrivedAtNs: Int64) -> Int64 {
        if shard >= shards.count { shards.append(contentsOf: repeatElement(Shard(), count: shard + 1 - shards.count)) }
        if eventNs > shards[shard].maxEventNs { shards[shard].maxEventNs = eventNs }
        shards[shard].lastArrivalNs = arrivedAtNs
        if holder >= 0 && holder != shard && !isIdle(holder, at: arrivedAtNs) {
            if shards[shard].maxEventNs < shards[holder].maxEventNs { holder = shard }
        } else {
            holder = smallest(at: arrivedAtNs)
        }
        return shards[holder].maxEventNs
    }

    @inline(__always)
    func isIdle(_ shard: Int, at nowNs: Int64) -> Bool {
        idleTimeoutNs > 0 && nowNs - shards[shard].lastArrivalNs >= idleTimeoutNs
    }

    /// The active shard with the smallest largest event time (the lowest index on ties); the
    /// shard that just delivered is always active, so there is one.
    func smallest(at nowNs: Int64) -> Int {
        var best = -1
        for shard in shards.indices where shards[shard].maxEventNs != .min && !isIdle(shard, at: nowNs) {
            if best < 0 || shards[shard].maxEventNs < shards[best].maxEventNs { best = shard }
        }
        return best
    }
}
