import DequeModule
import SimKernel

/// Write admission (W1, W2, W4, W7): two token buckets, one in records and one in bytes.
///
/// A record of `b` bytes is accepted at `t` iff, after refilling to `t`, the record bucket holds
/// one record and the byte bucket `b` bytes; both are then debited. A rejected record debits
/// nothing, so a later, smaller record of the same request can still succeed.
extension Shard {
    /// Accepts the record and returns its offset, or returns nil (throttled). The record becomes
    /// readable `visibilityDelay` after `now`.
    @inlinable
    public mutating func append(bytes: Int64, payload: Payload, now: SimTime, visibilityDelay: SimDuration = .zero) -> UInt64? {
        precondition(state == .open, "shard \(index) is closed: it cannot accept writes")
        recordBucket.refill(to: now)
        byteBucket.refill(to: now)
        guard recordBucket.holds(1), byteBucket.holds(bytes) else { return nil }
        recordBucket.take(1)
        byteBucket.take(bytes)
        let offset = nextOffset
        records.append(StoredRecord(arrival: now, visibleAt: now + visibilityDelay, bytes: bytes, payload: payload))
        latestArrival = now
        return offset
    }
}
