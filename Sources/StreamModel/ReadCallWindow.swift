import SimKernel

/// Admits at most `limit` successful calls in any interval `(t − 1 s, t]`: a shard's GetRecords
/// calls (R1) and its GetShardIterator calls (R8).
///
/// Keeps the times of the last `limit` admitted calls in a ring: a new call fits iff fewer than
/// `limit` are recorded or the oldest of them is at least one second old. Throttled calls are
/// not recorded, so they consume no slot.
/// - Complexity: O(1) per call; memory O(limit).
public struct ReadCallWindow: Sendable {
    @usableFromInline var times: [SimTime]
    @usableFromInline var oldest = 0
    public let limit: Int

    public init(limit: Int) {
        modelPrecondition(limit >= 1, "read call limit must be at least 1: \(limit)")
        self.limit = limit
        times = []
        times.reserveCapacity(limit)
    }

    /// Whether a call at `now` would fit.
    @inlinable
    public func admits(at now: SimTime) -> Bool {
        times.count < limit || now.nanoseconds - times[oldest].nanoseconds >= 1_000_000_000
    }

    /// Records an admitted call at `now`.
    @inlinable
    public mutating func record(at now: SimTime) {
        if times.count < limit {
            times.append(now)
        } else {
            times[oldest] = now
            oldest = (oldest + 1) % limit
        }
    }
}
