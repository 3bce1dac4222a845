import DequeModule
import SimKernel

/// Shared-throughput reads (R1–R4): at most `readCallsPerSecond` successful calls in any
/// `(t − 1 s, t]`, and an overdrawable read bucket: a call is throttled while the bucket is
/// negative, and a successful call debits what it returned. One 10 MiB call thus throttles the
/// shard's reads for about the next 5 s (R4), as AWS documents.
extension Shard {
    /// Serves a read from `offset`, up to `limit` records and the per-call byte cap, never
    /// splitting a record, and stopping at the first record not yet visible (so a call may come
    /// back empty while later data exists, R5).
    /// - Precondition: `firstOffset <= offset <= nextOffset`; `limit >= 1`.
    @inlinable
    public mutating func read(from offset: UInt64, limit: Int, maxBytes: Int64, now: SimTime) -> ReadOutcome {
        modelPrecondition(offset >= firstOffset && offset <= nextOffset,
                     "shard \(index): read at \(offset) outside [\(firstOffset), \(nextOffset)]")
        readBucket.refill(to: now)
        guard readCalls.admits(at: now), readBucket.isNonNegative else { return .throttled }
        let (count, bytes) = visibleRun(from: offset, limit: limit, maxBytes: maxBytes, now: now)
        readCalls.record(at: now)
        readBucket.take(bytes)
        return .records(first: offset, count: count, bytes: bytes)
    }

    /// The records from `offset` a reader may receive at `now`: at most `limit` and `maxBytes`
    /// (never splitting a record), stopping at the first one not yet visible.
    @inlinable
    func visibleRun(from offset: UInt64, limit: Int, maxBytes: Int64, now: SimTime) -> (count: Int, bytes: Int64) {
        var count = 0
        var bytes: Int64 = 0
        var position = Int(offset - firstOffset)
        while count < limit && position < records.count && records[position].visibleAt <= now {
            let size = records[position].bytes
            if bytes + size > maxBytes { break }
            bytes += size
            count += 1
            position += 1
        }
        return (count, bytes)
    }
}
