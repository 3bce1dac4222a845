import Reporting

/// One candidate run of a plan: a shard count and a seed, and what the run measured.
public struct PlanCandidate: Sendable {
    public var shards: Int
    public var seed: UInt64
    public var run: RunView

    public init(shards: Int, seed: UInt64, run: RunView) {
        self.shards = shards
        self.seed = seed
        self.run = run
    }

    /// Passes when every invariant held, nothing was lost and every objective was met.
    public var passed: Bool { run.run.verdict == "pass" }

    public var worstP99Ms: Double { run.worstConsumer("latency.e2e_ms.p99") }

    public var maxIteratorAgeMs: Double { run.worstConsumer("max_iterator_age_ms") }

    /// The objectives it missed and the checkers that fired, as the summary words them.
    public var failures: [String] {
        (run.run.invariants + run.run.objectives).filter { !$0.isOK }.map { "\($0.name): \($0.message ?? $0.status)" }
    }

    /// The candidate's figures as the plan's document keeps them.
    var row: PlanDocument.Candidate {
        PlanDocument.Candidate(shards: shards, seed: String(seed), recordsPerSecond: run["throughput.records_per_second"],
                               worstP99Ms: worstP99Ms, writeThrottleRate: run["put.throttle_rate"],
                               maxIteratorAgeMs: maxIteratorAgeMs, dropped: run["records.dropped"],
                               monthlyUSD: run["cost.monthly_usd"],
                               onDemandMonthlyUSD: run["cost.on_demand_monthly_usd"], verdict: run.run.verdict,
                               stoppedEarly: run.run.stoppedEarly, failures: failures)
    }
}
