import DequeModule
import SimKernel
import StreamModel
import Telemetry

/// What one gateway's KPL holds besides the user records buffered for its next flush (the
/// gateway's batch): records to retry, Kinesis records waiting on their shards' limiters (the
/// gateway's `limiters`), and when it next wakes.
struct KPLGateway {
    /// User records whose put failed, due again at `retryDueAt` (no backoff).
    var retries: ContiguousArray<KPLRecord> = []
    var retryDueAt: SimTime?
    /// By shard index: Kinesis records that found too few tokens, oldest first.
    var waiting: [Deque<KPLAggregate>] = []
    /// When the world wakes the gateway next; an event at another time is stale.
    var wakeAt: SimTime?
    /// The OPEN shards as this KPL last listed them (its `ShardMap`): loaded at the start and
    /// reloaded only when a response shows a record in a shard it did not predict.
    var shards = ShardMap()
    /// When the ListShards call reloading `shards` completes (nil: none under way).
    var listedAt: SimTime?
}

/// An aggregated record (or lone user record) formed for a shard: the Kinesis record put, and
/// the user records inside it.
struct KPLAggregate {
    var entry: PutEntry<Reading>
    var users: ContiguousArray<KPLRecord>
}
