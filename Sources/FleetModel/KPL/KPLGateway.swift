import SimKernel

/// What one gateway's KPL holds besides the user records buffered for its next flush (the
/// gateway's batch): records to retry, its per-shard limiters, and when it next wakes.
struct KPLGateway {
    /// User records whose put failed, due again at `retryDueAt` (no backoff).
    var retries: ContiguousArray<KPLRecord> = []
    var retryDueAt: SimTime?
    /// By shard index; made when the producer first puts to the shard (its tokens start empty).
    var limiters: [KPLShardLimiter?] = []
    /// When the world wakes the gateway next; an event at another time is stale.
    var wakeAt: SimTime?
}
