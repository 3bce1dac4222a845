import SimKernel

/// A token bucket with exact integer refill (`kinesis-model.md` §3).
///
/// Tokens are held scaled by 10^9 so that refilling over Δ ns adds exactly `rate × Δ` scaled
/// units: no rounding, no drift, no floating point in any accept/reject decision. The bucket
/// starts full; its capacity is one second of its rate. `take` may overdraw (the read bucket of
/// R4a does); the write path only takes what `holds` allowed.
public struct TokenBucket: Sendable {
    /// Tokens added per second.
    public let ratePerSecond: Int64
    /// Capacity in scaled units: one second of the rate.
    @usableFromInline let capacityScaled: Int64
    /// Current tokens × 10^9; negative while overdrawn.
    @usableFromInline var scaled: Int64
    @usableFromInline var refilledAt: SimTime

    public init(ratePerSecond: Int64, now: SimTime = .zero) {
        modelPrecondition(ratePerSecond > 0, "token bucket rate must be positive: \(ratePerSecond)")
        self.ratePerSecond = ratePerSecond
        capacityScaled = ratePerSecond * Self.scale
        scaled = capacityScaled
        refilledAt = now
    }

    /// Scaled units per token: one token per `rate` per second means `rate` units per ns.
    public static let scale: Int64 = 1_000_000_000

    /// Tokens now held (rounded down); negative while overdrawn.
    public var tokens: Int64 { scaled >= 0 ? scaled / Self.scale : -((-scaled + Self.scale - 1) / Self.scale) }

    /// Adds the tokens earned since the last refill, up to capacity.
    /// - Precondition: `now` is not before the last refill.
    @inlinable
    public mutating func refill(to now: SimTime) {
        let elapsed = now.nanoseconds - refilledAt.nanoseconds
        // Per record: the standard check, whose message release builds drop (see `modelPrecondition`).
        precondition(elapsed >= 0, "token bucket refilled backwards: \(now) after \(refilledAt)")
        refilledAt = now
        guard scaled < capacityScaled else { return }
        // An overflowing `rate × elapsed` (a long idle period) certainly fills the bucket; no
        // division on this per-record path.
        let (earned, overflow) = ratePerSecond.multipliedReportingOverflow(by: elapsed)
        scaled = overflow || earned >= capacityScaled - scaled ? capacityScaled : scaled + earned
    }

    /// Whether at least `count` whole tokens are held.
    @inlinable
    public func holds(_ count: Int64) -> Bool { scaled >= count * Self.scale }

    /// Whether the bucket is at capacity: nothing taken since it last refilled completely.
    @inlinable
    public var isFull: Bool { scaled >= capacityScaled }

    /// Whether the bucket is not overdrawn.
    @inlinable
    public var isNonNegative: Bool { scaled >= 0 }

    /// Removes `count` tokens; may leave the bucket negative (overdraft).
    @inlinable
    public mutating func take(_ count: Int64) { scaled -= count * Self.scale }

    /// The first time the bucket holds `count` whole tokens: its last refill if it already
    /// does, else once the refill has earned the shortfall (rounded up to the next nanosecond).
    /// - Precondition: `count` is within the capacity.
    public func timeHolding(_ count: Int64) -> SimTime {
        modelPrecondition(count * Self.scale <= capacityScaled, "a bucket of \(ratePerSecond)/s never holds \(count) tokens")
        let shortfall = count * Self.scale - scaled
        guard shortfall > 0 else { return refilledAt }
        return refilledAt + .nanoseconds((shortfall + ratePerSecond - 1) / ratePerSecond)
    }
}
