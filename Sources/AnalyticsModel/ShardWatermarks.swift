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
        let activeAfterNs = idleTimeoutNs > 0 ? arrivedAtNs - idleTimeoutNs : .min
        var holder = holder
        let watermark = shards.withUnsafeMutableBufferPointer { shards in
            if eventNs > shards[shard].maxEventNs { shards[shard].maxEventNs = eventNs }
            shards[shard].lastArrivalNs = arrivedAtNs
            if holder >= 0 && holder != shard && shards[holder].lastArrivalNs > activeAfterNs {
                if shards[shard].maxEventNs < shards[holder].maxEventNs { holder = shard }
            } else {
                holder = Self.smallest(in: UnsafeBufferPointer(shards), activeAfterNs: activeAfterNs)
            }
            return shards[holder].maxEventNs
        }
        self.holder = holder
        return watermark
    }

    /// The shard with a record since `activeAfterNs` (exclusive: a shard goes idle after exactly
    /// the idle timeout) with the smallest largest event time, the lowest index on ties; the
    /// shard that just delivered is always active, so there is one.
    static func smallest(in shards: UnsafeBufferPointer<Shard>, activeAfterNs: Int64) -> Int {
        var best = -1
        var bestNs = Int64.max
        for shard in shards.indices {
            let maxEventNs = shards[shard].maxEventNs
            if maxEventNs != .min && (best < 0 || maxEventNs < bestNs) && shards[shard].lastArrivalNs > activeAfterNs {
                best = shard
                bestNs = maxEventNs
            }
        }
        return best
    }
}
