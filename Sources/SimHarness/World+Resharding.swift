import ConsumerModel
import SimKernel
import StreamModel

/// Stream operations (split, merge, UpdateShardCount) as they happen during a run: the stream
/// reshards, metrics and checkers learn of the new shards, and consumers that read children as
/// soon as they appear (`reshardOrder: "immediate"`) start on them.
extension World {
    mutating func apply(_ operation: StreamOperation, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        let before = host.stream.openShardIndexes
        var record = ReshardRecord(at: now, operation: operation, closed: [], created: [], refusal: nil)
        do {
            let created = try reshard(operation, now: now)
            let closed = before.filter { host.stream.shards[$0].state != .open }
            record.closed = closed.map { host.stream.shards[$0].id }
            record.created = created.map { host.stream.shards[$0].id }
            opened(created, closed: closed, now: now, queue: &queue)
        } catch {
            record.refusal = error.description
        }
        host.digest.add(UInt64(reshards.count) << 32 | UInt64(host.stream.shards.count))
        reshards.append(record)
    }

    mutating func reshard(_ operation: StreamOperation, now: SimTime) throws(ReshardRejected) -> [Int] {
        switch operation {
        case .split(let shard), .onDemandSplit(let shard):
            guard host.stream.shards.indices.contains(shard) else { throw .noSuchShard(shard) }
            return try host.stream.splitShard(shard, at: host.stream.shards[shard].range.midpointSplitKey, now: now,
                                         byService: operation == .onDemandSplit(shard: shard))
        case .merge(let shard, let adjacent):
            return [try host.stream.mergeShards(shard, adjacent, now: now)]
        case .updateShardCount(let target):
            // UPDATING refuses the call before RS9 counts it.
            try host.stream.requireActive(at: now)
            if case .failure(let refusal) = capacity.gate.admit(target: target, openShards: host.stream.openShardIndexes.count,
                                                                now: now) {
                throw .updateShardCountRefused(refusal.description)
            }
            return try host.stream.updateShardCount(target: target, now: now)
        }
    }

    /// The observers and the capacity policies learn of the new shards; then every application,
    /// which decides for itself when to read them.
    mutating func opened(_ created: [Int], closed: [Int], now: SimTime, queue: inout EventQueue<WorldEvent>) {
        host.observeReshard(created: created, closed: closed, now: now)
        if fleet.usesKPL { teachShardMap() }
        for _ in created { capacity.addShard() }
        apps.broadcast(.resharded(closed: closed, opened: created), now: now, host: &host, queue: &queue)
    }
}
