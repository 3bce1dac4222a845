import SimKernel

/// Write admission of one shard (W1, W2, W4, W7) under the stream's throttling model (§3).
///
/// Every model admits a record only if both the record limit and the byte limit (data plus
/// partition key) allow it, and a rejected record changes nothing, so a later, smaller record
/// of the same request can still succeed. Integer arithmetic only.
///
/// Exactly one of the three model states is set, the one `model` names. An enum with payloads
/// would say so more directly, but Swift mutates a payload by copying it out and back (with
/// outlined copies, as the sliding window's ring is reference-counted): measured with
/// callgrind, about 100 more instructions per record. An optional mutates in place.
public struct WriteLimiter: Sendable {
    public let model: ThrottlingModel
    @usableFromInline var buckets: WriteBuckets?
    @usableFromInline var slidingWindow: SlidingWriteWindow?
    @usableFromInline var fixedWindow: FixedWriteWindow?

    public init(model: ThrottlingModel, recordsPerSecond: Int64, bytesPerSecond: Int64) {
        self.model = model
        switch model {
        case .tokenBucket: buckets = WriteBuckets(recordsPerSecond: recordsPerSecond, bytesPerSecond: bytesPerSecond)
        case .slidingWindow: slidingWindow = SlidingWriteWindow(recordsPerSecond: recordsPerSecond, bytesPerSecond: bytesPerSecond)
        case .fixedWindow: fixedWindow = FixedWriteWindow(recordsPerSecond: recordsPerSecond, bytesPerSecond: bytesPerSecond)
        }
    }

    /// The limiter the stream's limits declare.
    public init(limits: StreamLimits) {
        self.init(model: limits.writeThrottling, recordsPerSecond: limits.writeRecordsPerSecond,
                  bytesPerSecond: limits.writeBytesPerSecond)
    }

    /// Accepts a record of `size` bytes (data + key) at `now` and debits it, or rejects it and
    /// debits nothing.
    /// - Precondition: `now` is not before the previous call.
    @inlinable @inline(__always)
    public mutating func admit(bytes size: Int64, now: SimTime) -> Bool {
        switch model {
        case .tokenBucket: return buckets!.admit(bytes: size, now: now)
        case .slidingWindow: return slidingWindow!.admit(bytes: size, now: now)
        case .fixedWindow: return fixedWindow!.admit(bytes: size, now: now)
        }
    }

    /// Whole-state audit of the model's bookkeeping; `owner` names the shard in messages.
    func checkInvariants(_ owner: String) {
        let set = [buckets != nil, slidingWindow != nil, fixedWindow != nil].filter { $0 }.count
        modelPrecondition(set == 1, "\(owner): write limiter holds \(set) model states")
        buckets?.checkInvariants(owner)
        slidingWindow?.checkInvariants(owner)
        fixedWindow?.checkInvariants(owner)
    }
}
