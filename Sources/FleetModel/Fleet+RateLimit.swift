import SimKernel

/// The producer-side limiter (`fleet.rateLimit`): each gateway keeps a `ShardLimiter` per shard
/// it puts to, predicting shards from its `ShardMap`.
extension Fleet {
    /// Gives `gateway` a limiter for `shard` if it has none: its tokens start empty at `now`.
    mutating func makeLimiter(shard: Int, gateway index: Int, now: SimTime) {
        while gateways[index].limiters.count <= shard { gateways[index].limiters.append(nil) }
        guard gateways[index].limiters[shard] == nil else { return }
        gateways[index].limiters[shard] = ShardLimiter(now: now, rateLimit: config.rateLimit!)
    }
}
