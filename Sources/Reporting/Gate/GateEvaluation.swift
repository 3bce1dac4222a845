/// One scenario's run held to its baseline: every gated metric with its change, its tolerance and
/// whether it passed, and the run's own verdict.
public struct GateEvaluation: Sendable {
    public enum Status: String, Sendable {
        case pass, improved, regressed
        /// The baseline has a metric this run does not (a removed shard, a renamed consumer): the
        /// gate cannot judge it, so it fails like a regression rather than pass silently.
        case missing
    }

    public struct Row: Sendable {
        public var metric: String
        public var baseline: Double
        public var now: Double?
        public var tolerance: Tolerance
        public var status: Status
        /// A wall-clock measurement (`gate --perf`) rather than a simulated figure: always shown,
        /// with its spread, since whether it passed depends on the machine as well as the code.
        public var wallClock = false

        public var change: Double? { now.map { $0 - baseline } }
        public var relativeChange: Double? { baseline == 0 ? nil : change.map { $0 / abs(baseline) } }
    }

    public let scenario: BaselineScenario
    public let run: RunView
    /// The wall speed measured now under `gate --perf`; nil without it.
    public let speed: WallSpeed?
    public let rows: [Row]

    /// - Parameter speed: measured by `gate --perf`, to hold to the baseline's `perf`; without it
    ///   nothing wall-clock is compared.
    public init(_ scenario: BaselineScenario, run: RunView, speed: WallSpeed? = nil) {
        self.scenario = scenario
        self.run = run
        self.speed = speed
        rows = Self.simulatedRows(scenario, run: run) + (Self.speedRow(scenario, now: speed).map { [$0] } ?? [])
    }

    /// A row per gated metric of the baseline, by name.
    static func simulatedRows(_ scenario: BaselineScenario, run: RunView) -> [Row] {
        scenario.metrics.keys.sorted().map { metric in
            let baseline = scenario.metrics[metric]!
            let tolerance = scenario.tolerance(for: metric) ?? .noRise
            guard let now = run.metric(metric) else {
                return Row(metric: metric, baseline: baseline, now: nil, tolerance: tolerance, status: .missing)
            }
            return Row(metric: metric, baseline: baseline, now: now, tolerance: tolerance,
                       status: Self.status(metric, from: baseline, to: now, within: tolerance))
        }
    }

    /// Regressed when the metric moved its bad way by more than the tolerance allows; improved
    /// when it moved its good way at all (a simulated figure is exact, so any move is real).
    static func status(_ metric: String, from baseline: Double, to now: Double, within tolerance: Tolerance) -> Status {
        status(MetricDirection.of(metric), from: baseline, to: now, within: tolerance, improvedBeyond: 0)
    }

    /// Regressed when the figure moved its bad way by more than the tolerance allows; improved when
    /// it moved its good way by more than `margin`.
    /// A move within a few units in the last place is no move: the baseline file is text, and a
    /// JSON reader may not give back the last bit of a fraction such as 1/15.
    static func status(_ direction: MetricDirection, from baseline: Double, to now: Double, within tolerance: Tolerance,
                       improvedBeyond margin: Double) -> Status {
        guard abs(now - baseline) > 1e-12 * max(1, abs(baseline)) else { return .pass }
        let worse = direction == .higherIsBetter ? baseline - now : now - baseline
        if worse > tolerance.allowance(from: baseline) { return .regressed }
        return -worse > margin ? .improved : .pass
    }

    public var digestChanged: Bool { run.run.digest != scenario.digest }
    public var scenarioChanged: Bool { run.run.scenarioSHA256 != scenario.sha256 }
    public var regressions: [Row] { rows.filter { $0.status == .regressed } }
    public var missing: [Row] { rows.filter { $0.status == .missing } }
    public var improvements: [Row] { rows.filter { $0.status == .improved } }

    /// The process exit code this scenario alone asks for (`cli-and-results-v1.md`): the run's
    /// invariants (1) and data loss (3) first, then a missed objective or a regression (2);
    /// with `strict`, an improvement or a changed digest fails too, so the baseline is re-recorded.
    public func exitCode(strict: Bool) -> Int32 {
        if run.run.verdict == "invariant" { return 1 }
        if run.run.verdict == "data-loss" { return 3 }
        if run.run.verdict == "slo" || !regressions.isEmpty || !missing.isEmpty { return 2 }
        if strict && (!improvements.isEmpty || digestChanged) { return 2 }
        return 0
    }
}
