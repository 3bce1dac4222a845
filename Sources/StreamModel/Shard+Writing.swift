import DequeModule
import SimKernel

/// Write admission (W1, W2, W4, W7) under the stream's throttling model (`WriteLimiter`).
extension Shard {
    /// Accepts the record and returns its offset, or returns nil (throttled). The record becomes
    /// readable `visibilityDelay` after `now`.
    @inlinable @inline(__always)
    public mutating func append(bytes: Int64, payload: Payload, now: SimTime, visibilityDelay: SimDuration = .zero) -> UInt64? {
        // Per record: the standard check, whose message release builds drop (see `modelPrecondition`).
        precondition(state == .open, "shard \(index) is closed: it cannot accept writes")
        guard writes.admit(bytes: bytes, now: now) else { return nil }
        let offset = nextOffset
        records.append(StoredRecord(arrival: now, visibleAt: now + visibilityDelay, bytes: bytes, payload: payload))
        latestArrival = now
        return offset
    }
}
