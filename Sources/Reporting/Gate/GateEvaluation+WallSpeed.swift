/// `gate --perf`: the scenario's wall speed now held to the baseline's, median to median.
extension GateEvaluation {
    /// The row for the wall speed (`wall.records_per_second (median of N)`), or nil when no speed
    /// was measured now or the baseline has none (the command refuses the latter before running).
    /// A move within the tolerance is noise in either direction: only a speed-up beyond it counts
    /// as improved, so `--strict` does not fail on a lucky run.
    static func speedRow(_ scenario: BaselineScenario, now: WallSpeed?) -> Row? {
        guard let now, let recorded = scenario.perf else { return nil }
        let tolerance = scenario.speedTolerance
        let baseline = recorded.medianRecordsPerSecond
        let status = status(.higherIsBetter, from: baseline, to: now.medianRecordsPerSecond, within: tolerance,
                            improvedBeyond: tolerance.allowance(from: baseline))
        return Row(metric: WallSpeed.label(runs: now.runs), baseline: baseline, now: now.medianRecordsPerSecond,
                   tolerance: tolerance, status: status, wallClock: true)
    }

    /// Both speeds with their spread and machine, for the lines under the table: a reader sees how
    /// noisy the runs were and whether they ran where the baseline did.
    public var speedSpread: [String] {
        guard let speed, let recorded = scenario.perf else { return [] }
        return ["wall speed now:      " + speed.described, "wall speed baseline: " + recorded.described]
    }
}
