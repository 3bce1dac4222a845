import SimKernel

/// Resharding calls (RS7): made, with the stream UPDATING until they complete, then completed
/// by the stream's owner at their time; and the service's own on-demand splits, at once.
extension DataStream {
    /// How long `call` takes from the call to its new shards taking writes: `updatingDuration`
    /// for a split or a merge, `updateShardCountDuration` for UpdateShardCount.
    public func duration(of call: ReshardCall) -> SimDuration {
        if case .updateShardCount = call { return limits.updateShardCountDuration }
        return limits.updatingDuration
    }

    /// Makes `call` (RS7): validates it against the stream as it is now (RS1, RS2, the shards
    /// OPEN) and leaves the stream UPDATING until `completesAt`, when the owner completes it.
    /// Nothing else changes: the parents keep taking writes. The RS9 limits of UpdateShardCount
    /// are the caller's to check first.
    /// - Returns: when the call completes.
    @discardableResult
    public mutating func begin(_ call: ReshardCall, now: SimTime) throws(ReshardRejected) -> SimTime {
        try requireActive()
        switch call {
        case .split(let shard, let key): _ = try splitRanges(shard, at: key)
        case .merge(let shard, let adjacent): _ = try mergedRange(shard, adjacent)
        case .updateShardCount(let target): modelPrecondition(target >= 1, "UpdateShardCount to \(target) shards")
        }
        let completesAt = now + duration(of: call)
        pendingCall = PendingReshard(call: call, completesAt: completesAt)
        return completesAt
    }

    /// Completes the call under way at its time: the parents close and the children open.
    /// - Returns: the shards created, in creation order.
    public mutating func completePendingCall(now: SimTime) -> [Int] {
        guard let pending = pendingCall, pending.completesAt == now else {
            modelPrecondition(false, "no resharding call completes at \(now)")
            return []
        }
        pendingCall = nil
        do {
            return try reshard(pending.call, now: now)
        } catch {
            // Validated when made, and only the call under way reshards a provisioned stream.
            modelPrecondition(false, "\(pending.call) no longer applies at \(now): \(error)")
            return []
        }
    }

    /// Reshards as `call` says, now: a call's completion, or the service's own on-demand split.
    /// - Returns: the shards created, in creation order.
    public mutating func reshard(_ call: ReshardCall, now: SimTime) throws(ReshardRejected) -> [Int] {
        switch call {
        case .split(let shard, let key): return try splitShard(shard, at: key, now: now)
        case .merge(let shard, let adjacent): return [try mergeShards(shard, adjacent, now: now)]
        case .updateShardCount(let target): return updateShardCount(target: target, now: now)
        }
    }
}
