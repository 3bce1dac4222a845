import SimKernel

/// Write utilization over one period, held exactly: `total / (limit × period × open shards)`.
///
/// Comparisons against a threshold cross-multiply in 128-bit integers, so a total exactly at a
/// threshold compares equal on every machine; only `description` rounds.
public struct Utilization: Equatable, Sendable, CustomStringConvertible {
    /// The metric total × 10^9 (per-second limits meet nanosecond periods).
    let numerator: Int128
    /// Per-shard limit per second × period in ns × open shards.
    let denominator: Int128

    /// - Precondition: `total >= 0`, `perShardPerSecond >= 1`, `period > 0`, `openShards >= 1`.
    public init(total: Int64, perShardPerSecond: Int64, period: SimDuration, openShards: Int) {
        modelPrecondition(total >= 0 && perShardPerSecond >= 1 && period > .zero && openShards >= 1,
                     "utilization of \(total) over \(period) at \(perShardPerSecond)/s × \(openShards) shards")
        numerator = Int128(total) * 1_000_000_000
        denominator = Int128(perShardPerSecond) * Int128(period.nanoseconds) * Int128(openShards)
    }

    /// Whether utilization ≥ `millionths` / 10^6.
    public func isAtLeast(millionths: Int64) -> Bool { numerator * 1_000_000 >= Int128(millionths) * denominator }

    /// Whether utilization ≤ `millionths` / 10^6.
    public func isAtMost(millionths: Int64) -> Bool { numerator * 1_000_000 <= Int128(millionths) * denominator }

    /// Utilization in millionths, rounded down (for logs and reports).
    public var millionths: Int64 { Int64(numerator * 1_000_000 / denominator) }

    /// `73.4%`: percent with up to four decimals, rounded down.
    public var description: String { Self.percentText(millionths: millionths) }

    /// A fraction in millionths as a percentage: `700_000` → `70%`, `733_333` → `73.3333%`.
    public static func percentText(millionths: Int64) -> String {
        let whole = millionths / 10_000
        var fraction = String(millionths % 10_000)
        guard fraction != "0" else { return "\(whole)%" }
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(whole).\(fraction)%"
    }
}
