import SimKernel
import StreamModel

/// Something a consumer application did that the run measures, checks or digests. Applications
/// say what happened; the host decides who listens, so no kind copies counters anywhere.
public enum ConsumerObservation {
    /// A GetRecords call of `app` (reading as `reader`) on `shard`, and what the stream answered.
    case called(app: Int, reader: Int, shard: Int, outcome: ReadOutcome)
    /// GetShardIterator of `app` on `shard` refused by the shard's 5 calls a second (R8).
    case iteratorThrottled(app: Int, shard: Int)
    /// A fan-out event of `app` reached it: `count` records from `first`, `bytes` in all, sent at `sentAt`.
    case pushed(app: Int, reader: Int, shard: Int, first: UInt64, count: Int, bytes: Int64, sentAt: SimTime)
    /// A SubscribeToShard call of `app` succeeded (E3).
    case subscribed(app: Int)
    /// `app` finished processing the record at `offset` of `shard` at `processedAt`.
    case processed(app: Int, shard: Int, offset: UInt64, read: ReadTimes, processedAt: SimTime)
    /// `app` checkpointed `shard`: every record below `upTo` is done; `shardEnd` for SHARD_END.
    case checkpointed(app: Int, shard: Int, upTo: UInt64, shardEnd: Bool)
    /// `app` moved its iterator in `shard` back to `offset` to replay from its checkpoint.
    case rewound(app: Int, shard: Int, to: UInt64)
    /// Worker `worker` of `app` now holds the lease of `shard`, taken from `previous` (nil: no owner)
    /// which had stopped renewing it (`expired`) or which it stole from.
    case leaseTaken(app: Int, shard: Int, worker: Int, previous: Int?, expired: Bool)
    /// Worker `worker` of `app` gave up the lease of `shard` (stolen from it, or the shard is done).
    case leaseDropped(app: Int, shard: Int, worker: Int)
    /// Worker `worker` of `app` stopped without checkpointing (`consumer-crash`), or started again.
    case workerCrashed(app: Int, worker: Int)
    case workerRestarted(app: Int, worker: Int)
    /// A Lambda invocation of `app` on `shard` starts; its newest record is this old (the
    /// function's `IteratorAge`).
    case invoking(app: Int, shard: Int, iteratorAgeMs: Int64)
    /// A Lambda invocation of `app` on `shard` over `records` records ended; `failed` if the function failed.
    case invoked(app: Int, shard: Int, records: Int, failed: Bool)
    /// A lane of `app` on `shard`, blocked by a failing batch for `after`, goes on.
    case unblocked(app: Int, shard: Int, after: SimDuration)
    /// `app` gave up on the record at `offset` of `shard` (retries or record age exhausted): sent
    /// to the on-failure destination, never processed.
    case discarded(app: Int, shard: Int, offset: UInt64)
}

/// When the stream served a batch, when it reached the consumer (a round trip or a push delay
/// later), and the world's time as it handles the batch: the clock processing-time windows
/// follow, since they see batches in that order (for polling, the serving; for fan-out, the
/// arrival).
public struct ReadTimes: Sendable {
    public var served: SimTime
    public var received: SimTime
    public var handled: SimTime

    public init(served: SimTime, received: SimTime, handled: SimTime) {
        self.served = served
        self.received = received
        self.handled = handled
    }
}
