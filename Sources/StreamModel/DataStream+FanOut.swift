import SimKernel

/// Enhanced fan-out delivery (E1, E3, E5): a subscribed reader is pushed records without the
/// shard's shared read limits (5 calls/s, 2 MiB/s); its own per-shard throughput is the
/// subscriber's to pace (`efoBytesPerSecond`). Retention and visibility apply as for any read.
///
/// The reader's cursor is the subscription's continuation (`ContinuationSequenceNumber`): a
/// renewed subscription starts after the last record pushed, so nothing is skipped or pushed twice.
extension DataStream {
    /// The records of an event sent to `reader` from `shard` at `sentAt` and arriving at `now`:
    /// everything visible at `sentAt` from its position, up to `maxBytes` (at least one record if
    /// any is visible, so a record larger than the allowance still moves), and at most one
    /// GetRecords call's worth of records.
    /// - Precondition: `sentAt <= now`, and the shard has not ended for this reader.
    public mutating func pushRecords(reader: Int, shard: Int, maxBytes: Int64, sentAt: SimTime, now: SimTime) -> ReadOutcome {
        modelPrecondition(sentAt <= now, "an event for reader \(reader) from \(shardList[shard].id) arrived at \(now), before it was sent at \(sentAt)")
        modelPrecondition(!cursors[reader][shard].ended, "reader \(reader) subscribed to \(shardList[shard].id) after its end")
        applyRetention(shard: shard, now: now)
        guard !cursors[reader][shard].ended else { return .records(first: cursors[reader][shard].position, count: 0, bytes: 0) }
        skipBeforeStart(reader: reader, shard: shard)
        trimConsumed(shard: shard)
        let first = cursors[reader][shard].position
        var run = shardList[shard].visibleRun(from: first, limit: limits.getRecordsMaxRecords, maxBytes: maxBytes, now: sentAt)
        if run.count == 0 && maxBytes > 0 {
            run = shardList[shard].visibleRun(from: first, limit: 1, maxBytes: .max, now: sentAt)
        }
        cursors[reader][shard].position = first + UInt64(run.count)
        cursors[reader][shard].iteratorIssuedAt = now
        markEndIfDrained(reader: reader, shard: shard)
        return .records(first: first, count: run.count, bytes: run.bytes)
    }

    /// When the next record `reader` has not been pushed from `shard` becomes visible, or nil
    /// when it has been pushed everything the shard holds.
    public func nextVisibleAt(reader: Int, shard: Int) -> SimTime? {
        let position = cursors[reader][shard].position
        return position < shardList[shard].nextOffset ? shardList[shard].record(at: position).visibleAt : nil
    }

    /// `MillisBehindLatest` of an event sent at `sentAt` whose last record is at `offset` (E5):
    /// the arrival of the newest record the shard had accepted by then, minus that record's.
    /// - Complexity: O(log n) in the records accepted after `offset` (arrivals are in offset order).
    public func millisBehindLatest(shard: Int, lastSent offset: UInt64, sentAt: SimTime) -> Int64 {
        let stored = shardList[shard]
        var newest = offset
        var above = stored.nextOffset
        // Invariant: the record at `newest` arrived by `sentAt`; none from `above` on did.
        while above - newest > 1 {
            let middle = newest + (above - newest) / 2
            if stored.record(at: middle).arrival <= sentAt { newest = middle } else { above = middle }
        }
        return (stored.record(at: newest).arrival - stored.record(at: offset).arrival).nanoseconds / 1_000_000
    }
}
