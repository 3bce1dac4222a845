import SimKernel
import StreamModel

/// Shards opened and closed by resharding, and the shard-time they are billed for.
extension RunMetrics {
    /// A shard a reshard opened at `openedAt` (a child): its figures start from then.
    /// - Returns: its index, the next one after every shard so far (the stream numbers children alike).
    @discardableResult
    public mutating func addShard(openedAt: SimTime) -> Int {
        shards.append(ShardLoad(openedAt: openedAt))
        return shards.count - 1
    }

    /// Shard `index` closed at `closedAt` (it became a parent): it stops costing, while reads of
    /// it still count in its series.
    /// - Precondition: the shard is open and opened no later than `closedAt`.
    public mutating func closeShard(_ index: Int, at closedAt: SimTime) {
        modelPrecondition(shards[index].closedAt == nil, "shard \(index) closed twice (at \(closedAt))")
        modelPrecondition(shards[index].openedAt <= closedAt,
                     "shard \(index) closed at \(closedAt) before it opened at \(shards[index].openedAt)")
        shards[index].closedAt = closedAt
    }

    /// Open-shard time summed over every shard within `[0, end]`, exact in nanoseconds
    /// (128 bits: 10,000 shards for a year overflow 64).
    public func openShardNanoseconds(until end: SimTime) -> Int128 {
        shards.reduce(0) { $0 + Int128($1.openNanoseconds(until: end)) }
    }

    /// The cost of the emission period `[0, emissionEnd]` at `prices`, and that rate over a month.
    public func cost(prices: StreamPrices, emissionEnd: SimTime) -> CostEstimate {
        CostEstimate(openShardNanoseconds: openShardNanoseconds(until: emissionEnd), putPayloadUnits: putPayloadUnits,
                     billed: emissionEnd - .zero, prices: prices)
    }
}
