import ConsumerModel
import SimKernel
import StreamModel

/// Stream operations (split, merge, UpdateShardCount) as they happen during a run: the stream
/// reshards, metrics and checkers learn of the new shards, and consumers that read children as
/// soon as they appear (`reshardOrder: "immediate"`) start on them.
extension World {
    mutating func apply(_ operation: StreamOperation, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        let before = stream.openShardIndexes
        var record = ReshardRecord(at: now, operation: operation, closed: [], created: [], refusal: nil)
        do {
            let created = try reshard(operation, now: now)
            let closed = before.filter { stream.shards[$0].state != .open }
            record.closed = closed.map { stream.shards[$0].id }
            record.created = created.map { stream.shards[$0].id }
            opened(created, closed: closed, now: now, queue: &queue)
        } catch {
            record.refusal = error.description
        }
        digest.add(UInt64(reshards.count) << 32 | UInt64(stream.shards.count))
        reshards.append(record)
    }

    mutating func reshard(_ operation: StreamOperation, now: SimTime) throws(ReshardRejected) -> [Int] {
        switch operation {
        case .split(let shard), .onDemandSplit(let shard):
            guard stream.shards.indices.contains(shard) else { throw .noSuchShard(shard) }
            return try stream.splitShard(shard, at: stream.shards[shard].range.midpointSplitKey, now: now,
                                         byService: operation == .onDemandSplit(shard: shard))
        case .merge(let shard, let adjacent):
            return [try stream.mergeShards(shard, adjacent, now: now)]
        case .updateShardCount(let target):
            // UPDATING refuses the call before RS9 counts it.
            try stream.requireActive(at: now)
            if case .failure(let refusal) = capacity.gate.admit(target: target, openShards: stream.openShardIndexes.count, now: now) {
                throw .updateShardCountRefused(refusal.description)
            }
            return try stream.updateShardCount(target: target, now: now)
        }
    }

    /// Bookkeeping for new children and closed parents.
    mutating func opened(_ created: [Int], closed: [Int], now: SimTime, queue: inout EventQueue<WorldEvent>) {
        for parent in closed { metrics.closeShard(parent, at: now) }
        for child in created {
            capacity.addShard()
            let index = metrics.addShard(openedAt: now)
            modelPrecondition(index == child, "metrics numbered shard \(child) as \(index)")
            checks.addShard(id: stream.shards[child].id, now: now)
            for consumer in lossSeen.indices { lossSeen[consumer].append(0) }
        }
        for consumer in consumers.indices where consumers[consumer].config.reshardOrder == .immediate {
            for child in created { startLoop(consumer: consumer, shard: child, now: now, queue: &queue) }
        }
        wakeSubscribers(closed: closed, now: now, queue: &queue)
    }
}
