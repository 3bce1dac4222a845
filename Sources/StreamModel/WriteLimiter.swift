import SimKernel

/// Write admission of one shard (W1, W2, W4, W7) under the stream's throttling model (§3).
///
/// Every model admits a record only if both the record limit and the byte limit (data plus
/// partition key) allow it, and a rejected record changes nothing, so a later, smaller record
/// of the same request can still succeed. Integer arithmetic only.
public struct WriteLimiter: Sendable {
    @usableFromInline enum State: Sendable {
        case tokenBucket(WriteBuckets)
        case slidingWindow(SlidingWriteWindow)
        case fixedWindow(FixedWriteWindow)
        /// Stands in while a model admits, so that the model taken out of `state` is the only
        /// reference to its storage and mutates in place (the sliding window's ring would
        /// otherwise be copied on every record).
        case admitting
    }

    @usableFromInline var state: State

    public init(model: ThrottlingModel, recordsPerSecond: Int64, bytesPerSecond: Int64) {
        switch model {
        case .tokenBucket:
            state = .tokenBucket(WriteBuckets(recordsPerSecond: recordsPerSecond, bytesPerSecond: bytesPerSecond))
        case .slidingWindow:
            state = .slidingWindow(SlidingWriteWindow(recordsPerSecond: recordsPerSecond, bytesPerSecond: bytesPerSecond))
        case .fixedWindow:
            state = .fixedWindow(FixedWriteWindow(recordsPerSecond: recordsPerSecond, bytesPerSecond: bytesPerSecond))
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
    @inlinable
    public mutating func admit(bytes size: Int64, now: SimTime) -> Bool {
        switch state {
        case .tokenBucket(var buckets):
            state = .admitting
            defer { state = .tokenBucket(buckets) }
            return buckets.admit(bytes: size, now: now)
        case .slidingWindow(var window):
            state = .admitting
            defer { state = .slidingWindow(window) }
            return window.admit(bytes: size, now: now)
        case .fixedWindow(var window):
            state = .admitting
            defer { state = .fixedWindow(window) }
            return window.admit(bytes: size, now: now)
        case .admitting:
            preconditionFailure("write limiter re-entered while admitting")
        }
    }

    public var model: ThrottlingModel {
        switch state {
        case .tokenBucket: return .tokenBucket
        case .slidingWindow: return .slidingWindow
        case .fixedWindow: return .fixedWindow
        case .admitting: preconditionFailure("write limiter read while admitting")
        }
    }

    /// Whole-state audit of the model's bookkeeping; `owner` names the shard in messages.
    func checkInvariants(_ owner: String) {
        switch state {
        case .tokenBucket(let buckets): buckets.checkInvariants(owner)
        case .slidingWindow(let window): window.checkInvariants(owner)
        case .fixedWindow(let window): window.checkInvariants(owner)
        case .admitting: preconditionFailure("\(owner): write limiter left mid-admission")
        }
    }
}
