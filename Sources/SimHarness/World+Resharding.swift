import ConsumerModel
import FleetModel
import SimKernel
import StreamModel

/// Stream operations (split, merge, UpdateShardCount) as they happen during a run. A call is
/// validated when made and leaves the stream UPDATING; its reshard takes effect when it completes
/// (RS7), and only then do metrics, checkers and consumers learn of the new shards. On-demand
/// splits are the service's own and take effect at once.
extension World {
    mutating func apply(_ operation: StreamOperation, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        var record = ReshardRecord(at: now, operation: operation)
        do {
            let call = try call(for: operation, now: now)
            if case .onDemandSplit = operation {
                let before = host.stream.openShardIndexes
                let created = try host.stream.reshard(call, now: now)
                tookEffect(created, openBefore: before, record: &record, now: now, queue: &queue)
            } else {
                queue.schedule(.reshardCompletes, at: try host.stream.begin(call, now: now), phase: .settle)
            }
        } catch {
            record.refusal = error.description
        }
        host.digest.add(UInt64(reshards.count) << 32 | UInt64(host.stream.shards.count))
        reshards.append(record)
    }

    /// The call `operation` makes, after the checks that come before the stream's own: SplitShard
    /// and MergeShards are for provisioned streams only, and UPDATING refuses UpdateShardCount
    /// before its RS9 limits count it.
    mutating func call(for operation: StreamOperation, now: SimTime) throws(ReshardRejected) -> ReshardCall {
        switch operation {
        case .split(let shard):
            guard capacity.onDemand == nil else { throw .provisionedOnly("SplitShard") }
            return try midpointSplit(shard)
        case .onDemandSplit(let shard):
            return try midpointSplit(shard)
        case .merge(let shard, let adjacent):
            guard capacity.onDemand == nil else { throw .provisionedOnly("MergeShards") }
            return .merge(shard: shard, adjacent: adjacent)
        case .updateShardCount(let target):
            try host.stream.requireActive()
            if case .failure(let refusal) = capacity.gate.admit(target: target, openShards: host.stream.openShardIndexes.count,
                                                                now: now) {
                throw .updateShardCountRefused(refusal.description)
            }
            return .updateShardCount(target: target)
        }
    }

    /// SplitShard at the middle of the shard's range (RS2).
    func midpointSplit(_ shard: Int) throws(ReshardRejected) -> ReshardCall {
        guard host.stream.shards.indices.contains(shard) else { throw .noSuchShard(shard) }
        return .split(shard: shard, newStartingHashKey: host.stream.shards[shard].range.midpointSplitKey)
    }

    /// The call under way completes: its parents close, its children (and, for UpdateShardCount,
    /// the intermediate shards it went through) appear.
    mutating func completeReshard(now: SimTime, queue: inout EventQueue<WorldEvent>) {
        let before = host.stream.openShardIndexes
        let created = host.stream.completePendingCall(now: now)
        let index = reshards.lastIndex { $0.refusal == nil && $0.completedAt == nil }!
        var record = reshards[index]
        tookEffect(created, openBefore: before, record: &record, now: now, queue: &queue)
        reshards[index] = record
        host.digest.add(UInt64(index) << 32 | UInt64(host.stream.shards.count))
    }

    /// The record notes the reshard; the observers and the capacity policies learn of the new
    /// shards; then every application, which decides for itself when to read them.
    mutating func tookEffect(_ created: [Int], openBefore: [Int], record: inout ReshardRecord, now: SimTime,
                             queue: inout EventQueue<WorldEvent>) {
        let closed = openBefore.filter { host.stream.shards[$0].state != .open }
        record.completedAt = now
        record.closed = closed.map { host.stream.shards[$0].id }
        record.created = created.map { host.stream.shards[$0].id }
        host.observeReshard(created: created, closed: closed, now: now)
        if fleet.predictsShards { teachShardMap() }
        for _ in created { capacity.addShard() }
        apps.broadcast(.resharded(closed: closed, opened: created), now: now, host: &host, queue: &queue)
    }

    /// The producers that predict shards (the KPL, a rate limit) learn the OPEN shards as the
    /// stream lists them now.
    mutating func teachShardMap() {
        let open = host.stream.openShardIndexes.map { (shard: $0, start: host.stream.shards[$0].range.start) }
        fleet.learnShards(ShardMap(open: open))
    }
}
