/// How far a gated metric may move in its bad direction before the gate fails: the larger of
/// `relative × |baseline|` and `absolute` (package-benchmark's pair, so a metric at 0 can still
/// be given room). Moves in the good direction never fail the gate.
public struct Tolerance: Equatable, Sendable {
    /// A fraction of the baseline value (0.05 = 5%).
    public var relative: Double
    /// In the metric's own unit.
    public var absolute: Double

    public init(relative: Double, absolute: Double) {
        self.relative = relative
        self.absolute = absolute
    }

    /// The allowed move from `baseline`.
    public func allowance(from baseline: Double) -> Double { max(relative * abs(baseline), absolute) }

    /// The documented default for a metric: the one source of truth for the README's table.
    /// Nil for a metric the gate does not judge (neutral: counts of calls, `sim.*`, `wall.*`).
    public static func `default`(for name: String) -> Tolerance? {
        switch MetricDirection.of(name) {
        case .neutral: return nil
        case .higherIsBetter: return throughput
        case .lowerIsBetter:
            if mustNotRise.contains(where: { name.hasSuffix($0) || name.contains($0 + ".") }) { return noRise }
            if name.contains("latency.e2e_ms") || name.hasSuffix("_ms") || name.hasSuffix("max_millis_behind_latest") {
                return latency
            }
            return proportion
        }
    }

    /// Throughput and deliveries may fall by at most 1%.
    public static let throughput = Tolerance(relative: 0.01, absolute: 0)
    /// Latency, iterator age and lag may rise by at most 5% or 1 ms.
    public static let latency = Tolerance(relative: 0.05, absolute: 1)
    /// Cost and utilization may rise by at most 5%.
    public static let proportion = Tolerance(relative: 0.05, absolute: 0)
    /// Throttling, drops, loss, duplicates, order violations and the like may not rise at all.
    public static let noRise = Tolerance(relative: 0, absolute: 0)
    /// Wall-clock speed (`WallSpeed`, judged only by `gate --perf`) may fall by at most 25%: the
    /// same binary swings by about ±20% on a small shared machine (README, Performance), so a
    /// narrower band would fail on noise, while a real slowdown of a third still fails.
    public static let wallSpeed = Tolerance(relative: 0.25, absolute: 0)

    /// Lower-is-better metrics that must not rise at all.
    static let mustNotRise = [
        "throttle_rate", "throttled_entries", "throttled_calls", "throttled_get_calls", ".throttled",
        "throttled_iterator_calls", "records.dropped", "records.lost", ".lost", "lost_by_shard", "duplicates",
        "order_violations", "undelivered", "expired_iterators", "internal_failures", "invalid_requests", "put.retries",
        "put.timeouts", "late_dropped", "reshards_refused", ".replayed", ".retried", ".discarded",
    ]
}
