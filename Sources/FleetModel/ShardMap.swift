import StreamModel

/// A producer's view of the stream's shards (the KPL's `ShardMap`, from ListShards): which shard
/// a record's hash key predicts, so records are aggregated (KPL) and rate-limited
/// (`fleet.rateLimit`) per shard. The world hands it the OPEN shards at the start and after
/// every reshard.
public struct ShardMap: Sendable {
    /// Start keys of the OPEN shards in hash-key order, and each one's shard index.
    private var starts: [UInt128] = [0]
    private var shards: [Int32] = [0]

    public init() {}

    /// `open`: each OPEN shard's index and start key, in hash-key order.
    public init(open: [(shard: Int, start: UInt128)]) {
        precondition(!open.isEmpty && open[0].start == 0, "a shard map must cover the key space from 0")
        starts = open.map(\.start)
        shards = open.map { Int32($0.shard) }
    }

    /// Whether the map lists `shard` as OPEN.
    public func contains(shard: Int) -> Bool { shards.contains(Int32(shard)) }

    /// The shard a record with `hashKey` is predicted to reach.
    public func shard(for hashKey: UInt128) -> Int {
        Int(shards[HashKeyRange.position(of: hashKey, starts: starts)])
    }
}
