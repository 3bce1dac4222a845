import Scenario

/// What a candidate shard count must meet: the scenario's `slo` when it sets any objective,
/// else the documented defaults — no loss, no drops, at most 0.1% of writes throttled, p99
/// end-to-end latency within 5 s.
public enum PlanObjectives {
    public static let defaults = SLOSpec(p99LatencyMs: 5_000, maxWriteThrottleRate: 0.001, maxDropped: 0, maxLost: 0)

    /// The objectives a plan checks, and whether they are the defaults (the output says so).
    public static func of(_ spec: ScenarioSpec) -> (slo: SLOSpec, defaulted: Bool) {
        spec.slo == SLOSpec() ? (defaults, true) : (spec.slo, false)
    }

    /// One line per objective, as the plan prints them.
    public static func describe(_ slo: SLOSpec) -> [String] {
        var lines: [String] = []
        if let p99 = slo.p99LatencyMs { lines.append("p99 end-to-end latency ≤ \(p99.plainText) ms (worst consumer)") }
        if let p999 = slo.p999LatencyMs { lines.append("p99.9 end-to-end latency ≤ \(p999.plainText) ms (worst consumer)") }
        if let rate = slo.maxWriteThrottleRate { lines.append("write throttle rate ≤ \((rate * 100).plainText)%") }
        if let age = slo.maxIteratorAgeMs { lines.append("iterator age ≤ \(age.plainText) ms") }
        if let dropped = slo.maxDropped { lines.append("records dropped by producers ≤ \(dropped)") }
        lines.append("records lost to retention ≤ \(slo.maxLost)")
        if let minimum = slo.minThroughputRecordsPerSecond { lines.append("throughput ≥ \(minimum.plainText) records/s") }
        return lines
    }
}
