import SimKernel

/// Enhanced fan-out delivery (E1, E3): a subscribed reader is pushed records without the shard's
/// shared read limits (5 calls/s, 2 MiB/s); its own per-shard throughput is the subscriber's to
/// pace (`efoBytesPerSecond`). Retention and visibility apply as for any read.
extension DataStream {
    /// The records pushed to `reader` from `shard` at `now`: everything visible from its
    /// position, up to `maxBytes` (at least one record if any is visible, so a record larger than
    /// the allowance still moves), and at most one GetRecords call's worth of records.
    public mutating func pushRecords(reader: Int, shard: Int, maxBytes: Int64, now: SimTime) -> ReadOutcome {
        precondition(!cursors[reader][shard].ended, "reader \(reader) subscribed to \(shardList[shard].id) after its end")
        applyRetention(shard: shard, now: now)
        guard !cursors[reader][shard].ended else { return .records(first: cursors[reader][shard].position, count: 0, bytes: 0) }
        skipBeforeStart(reader: reader, shard: shard)
        trimConsumed(shard: shard)
        let first = cursors[reader][shard].position
        var run = shardList[shard].visibleRun(from: first, limit: limits.getRecordsMaxRecords, maxBytes: maxBytes, now: now)
        if run.count == 0 && maxBytes > 0 {
            run = shardList[shard].visibleRun(from: first, limit: 1, maxBytes: .max, now: now)
        }
        cursors[reader][shard].position = first + UInt64(run.count)
        cursors[reader][shard].iteratorIssuedAt = now
        markEndIfDrained(reader: reader, shard: shard)
        return .records(first: first, count: run.count, bytes: run.bytes)
    }
}
