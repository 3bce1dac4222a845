/// Which way a metric should move: what makes a change between two runs an improvement or a
/// regression. One table for `compare` and the gate.
public enum MetricDirection: String, Sendable {
    /// More is better: throughput, records delivered.
    case higherIsBetter = "higher-is-better"
    /// Less is better: latency, throttling, drops, loss, duplicates, lag, cost.
    case lowerIsBetter = "lower-is-better"
    /// Neither: a count that describes the run (requests, calls, events) or a wall-clock figure,
    /// which is not a simulated result.
    case neutral

    /// The direction of a machine-summary key, by its last segments.
    public static func of(_ name: String) -> MetricDirection {
        if name.hasPrefix("wall.") || name.hasPrefix("sim.") || name == "seed" { return .neutral }
        if higherIsBetterKeys.contains(where: { name.hasSuffix($0) }) { return .higherIsBetter }
        if lowerIsBetterKeys.contains(where: { name.hasSuffix($0) || name.contains($0 + ".") }) { return .lowerIsBetter }
        return .neutral
    }

    static let higherIsBetterKeys = [
        "throughput.records_per_second", "throughput.bytes_per_second", "records.accepted", ".delivered",
        ".precision", ".recall", ".f1",
    ]

    static let lowerIsBetterKeys = [
        "latency.e2e_ms", "throttle_rate", "throttled_entries", "throttled_calls", "throttled_get_calls", ".throttled",
        "throttled_iterator_calls", "records.dropped", "records.lost", ".lost", "lost_by_shard", "records.duplicates",
        ".duplicates", "order_violations", "undelivered", "max_iterator_age_ms", "max_millis_behind_latest",
        "expired_iterators", "internal_failures", "invalid_requests", "put.retries", "put.timeouts", "put.lost_responses",
        "late_dropped", "peak_utilization",
        "cost.monthly_usd", "cost.run_usd", "cost.shard_hours", "cost.on_demand_monthly_usd", "cost.on_demand_run_usd",
        "reshards_refused", ".replayed", ".retried", ".discarded", "max_unowned_ms", "blocked_ms",
        "false_positives", "false_negatives", "delay_ms", "freshness_ms", "duplicate_records", "failed_attempts",
        "offline.dropped", "offline.peak_queued", "producer.expired", "producer.wrong_shard", "producer.unreachable",
    ]

    /// Whether going from `before` to `after` is an improvement (+1), a regression (−1) or neither (0).
    public func verdict(from before: Double, to after: Double) -> Int {
        guard before != after else { return 0 }
        switch self {
        case .higherIsBetter: return after > before ? 1 : -1
        case .lowerIsBetter: return after < before ? 1 : -1
        case .neutral: return 0
        }
    }
}
