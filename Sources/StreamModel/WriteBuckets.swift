import SimKernel

/// The token-bucket write model (§3, W7): one bucket in records and one in bytes.
///
/// A record of `b` bytes is accepted at `t` iff, after refilling to `t`, the record bucket holds
/// one record and the byte bucket `b` bytes — or, for a large record (W8, `LargeRecords`), is
/// full; both are then debited, a large record overdrawing the byte bucket. A rejected record
/// debits nothing.
@usableFromInline struct WriteBuckets: Sendable {
    @usableFromInline var records: TokenBucket
    @usableFromInline var bytes: TokenBucket

    init(recordsPerSecond: Int64, bytesPerSecond: Int64) {
        records = TokenBucket(ratePerSecond: recordsPerSecond)
        bytes = TokenBucket(ratePerSecond: bytesPerSecond)
    }

    @inlinable @inline(__always)
    mutating func admit(bytes size: Int64, now: SimTime) -> Bool {
        records.refill(to: now)
        bytes.refill(to: now)
        guard records.holds(1), bytes.holds(size) || (LargeRecords.isLarge(size) && bytes.isFull) else { return false }
        records.take(1)
        bytes.take(size)
        return true
    }

    /// Whole-state audit: neither bucket above capacity; the record bucket never overdrawn, the
    /// byte bucket by at most what the largest record (W8) leaves owing.
    func checkInvariants(_ owner: String) {
        Self.check(records, floorTokens: 0, owner)
        Self.check(bytes, floorTokens: -LargeRecords.maxBytes, owner)
    }

    static func check(_ bucket: TokenBucket, floorTokens: Int64, _ owner: String) {
        modelPrecondition(bucket.scaled >= floorTokens * TokenBucket.scale && bucket.scaled <= bucket.capacityScaled,
                          "\(owner): write bucket of rate \(bucket.ratePerSecond)/s holds \(bucket.tokens) tokens")
    }
}
