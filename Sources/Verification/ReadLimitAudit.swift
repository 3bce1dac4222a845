import SimKernel

/// An independent audit of the shared read limits (R1, R2, R4, R4a), recomputed from the log of
/// GetRecords calls rather than from the stream's own window and bucket.
///
/// Per shard: at most `callsPerSecond` successful calls in any interval `(t − 1 s, t]`; a
/// successful call only while the read budget (refilled at `bytesPerSecond`, capped at one
/// second's worth, overdrawn by what calls returned) was not negative; and no call throttled
/// while both allowed it. Integer arithmetic, scaled by 10^9.
public struct ReadLimitAudit: Sendable {
    struct ShardReads: Sendable {
        /// Times of the latest successful calls, at most `callsPerSecond` of them, oldest first.
        var recent: [SimTime] = []
        var budgetScaled: Int64
        var at: SimTime

        init(capacityScaled: Int64, now: SimTime) {
            budgetScaled = capacityScaled
            at = now
        }
    }

    var shards: [ShardReads] = []
    var shardIDs: [String] = []
    let callsPerSecond: Int
    let bytesPerSecond: Int64
    var log = ViolationLog()

    public init(shardIDs: [String], callsPerSecond: Int, bytesPerSecond: Int64) {
        self.callsPerSecond = callsPerSecond
        self.bytesPerSecond = bytesPerSecond
        for id in shardIDs { addShard(id: id, now: .zero) }
    }

    /// A reshard opened shard `id` at `now`, with a full read budget.
    public mutating func addShard(id: String, now: SimTime) {
        shardIDs.append(id)
        shards.append(ShardReads(capacityScaled: bytesPerSecond * 1_000_000_000, now: now))
    }

    /// A GetRecords call on `shard` at `now`: throttled, or successful returning `bytes`.
    public mutating func observeCall(shard: Int, now: SimTime, throttled: Bool, bytes: Int64) {
        refill(shard, to: now)
        let windowFull = shards[shard].recent.count == callsPerSecond
            && now - shards[shard].recent[0] < .seconds(1)
        let overdrawn = shards[shard].budgetScaled < 0
        if throttled {
            if !windowFull && !overdrawn {
                log.record("\(shardIDs[shard]) throttled a GetRecords call at t=\(now) although fewer than "
                           + "\(callsPerSecond) calls succeeded in the last second and the read budget was not overdrawn")
            }
            return
        }
        if windowFull || overdrawn {
            log.record("\(shardIDs[shard]) served a GetRecords call at t=\(now) "
                       + (windowFull ? "as the \(callsPerSecond + 1)th successful call within one second"
                                     : "while the read budget was overdrawn"))
        }
        if shards[shard].recent.count == callsPerSecond { shards[shard].recent.removeFirst() }
        shards[shard].recent.append(now)
        shards[shard].budgetScaled -= bytes * 1_000_000_000
    }

    mutating func refill(_ shard: Int, to now: SimTime) {
        let capacity = bytesPerSecond * 1_000_000_000
        let elapsed = (now - shards[shard].at).nanoseconds
        shards[shard].at = now
        let (earned, overflow) = bytesPerSecond.multipliedReportingOverflow(by: elapsed)
        let budget = shards[shard].budgetScaled
        shards[shard].budgetScaled = overflow || earned >= capacity - budget ? capacity : budget + earned
    }

    public func result() -> InvariantResult { log.result(named: "read-limits") }
}
