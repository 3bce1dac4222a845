import SimKernel

/// The token-bucket guarantee for one limit of one shard, recomputed from acceptances: in every
/// interval `[a, b]` at most `capacity + rate·(b − a)` accepted.
///
/// For a sequence of acceptances that holds iff the "excess" envelope
/// `E_i = max(0, E_{i−1} − rate·Δt) + w_i` never exceeds the capacity: E is the largest
/// `Σ w − rate·(t_i − a)` over every interval ending at `t_i`. Integer arithmetic, scaled by 10^9.
struct WriteEnvelope: Sendable {
    let rate: Int64
    let capacity: Int64
    var excess: Int64 = 0
    var at = SimTime.zero

    init(ratePerSecond: Int64) {
        rate = ratePerSecond
        capacity = ratePerSecond * 1_000_000_000
    }

    /// Lets the envelope decay to `now`.
    mutating func decay(to now: SimTime) {
        let elapsed = now.nanoseconds - at.nanoseconds
        at = now
        if excess == 0 { return }
        let (drained, overflow) = rate.multipliedReportingOverflow(by: elapsed)
        excess = overflow || drained >= excess ? 0 : excess - drained
    }

    /// Whether accepting `weight` more now keeps every interval within the guarantee.
    func fits(_ weight: Int64) -> Bool { excess + weight * 1_000_000_000 <= capacity }

    /// Whether nothing accepted still counts against the limit: the bucket this envelope mirrors is full.
    var isClear: Bool { excess == 0 }

    mutating func add(_ weight: Int64) { excess += weight * 1_000_000_000 }

    /// The excess in whole units, for messages.
    var excessUnits: Int64 { excess / 1_000_000_000 }
}
