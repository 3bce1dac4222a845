import SimKernel
import StreamModel

/// Capacity policies acting on the stream: at each tick the autoscaler may call UpdateShardCount
/// (through the RS9 gate) and the on-demand scaler may split shards; both reshard exactly as the
/// scenario's own operations do, and are listed with them.
extension World {
    mutating func capacityTick(now: SimTime, queue: inout EventQueue<WorldEvent>) {
        if capacity.autoscaler != nil { autoscale(now: now, queue: &queue) }
        if capacity.onDemand != nil { scaleOnDemand(now: now, queue: &queue) }
        capacity.resetTotals()
        if let tick = capacity.tick, now + tick < runEnd {
            queue.schedule(.capacityTick, at: now + tick, phase: .control)
        }
    }

    mutating func autoscale(now: SimTime, queue: inout EventQueue<WorldEvent>) {
        let total = capacity.autoscaler!.policy.metric == .incomingRecords ? capacity.periodTotal.records : capacity.periodTotal.bytes
        guard let decision = capacity.autoscaler!.endOfPeriod(total: total, openShards: host.stream.openShardIndexes.count,
                                                              gate: capacity.gate, now: now) else { return }
        scalingDecisions.append(PolicyDecision(at: now, description: decision.description))
        if decision.refusal == nil { apply(.updateShardCount(target: decision.to), now: now, queue: &queue) }
    }

    mutating func scaleOnDemand(now: SimTime, queue: inout EventQueue<WorldEvent>) {
        let samples = host.stream.openShardIndexes.map { shard in
            ShardWriteSample(shard: shard, range: host.stream.shards[shard].range, records: capacity.shardTotals[shard].records,
                             bytes: capacity.shardTotals[shard].bytes)
        }
        for split in capacity.onDemand!.endOfSecond(samples, now: now) {
            scalingDecisions.append(PolicyDecision(at: now, description: split.description))
            apply(.onDemandSplit(shard: split.shard), now: now, queue: &queue)
        }
    }
}
