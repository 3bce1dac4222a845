import SimKernel

/// Scratch space of a KPL wake, shared by the gateways (a wake runs to its end before another
/// starts), so flushing allocates nothing once the arrays have grown.
struct KPLWork {
    /// The records being flushed, by predicted shard, and the shards that have some, in order.
    var groups: [ContiguousArray<KPLRecord>] = []
    var touched: [Int] = []
    /// The user records of the Kinesis record being packed.
    var users: ContiguousArray<KPLRecord> = []
    var builder = AggregateBuilder()
    /// The request being collected: its slot, its bytes, and the bytes of its latest shard's run.
    var open: Int?
    var openBytes: Int64 = 0
    var shardRun: (shard: Int, bytes: Int64) = (-1, 0)
    /// Requests sent by the wake, and readings it gave up.
    var sent: [(request: Int, arrivesAt: SimTime)] = []
    var dropped = 0

    /// The "shard" of a record the KPL sent with no predicted shard.
    static let unpredicted = -1
}
