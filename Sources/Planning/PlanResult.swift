import Reporting
import Scenario

/// What `simctl plan` found: every candidate run, the recommendation (nil when no count in range
/// meets the objectives), AWS's formula beside it, and why.
public struct PlanResult: Sendable {
    public var scenario: String
    /// How the scenario was changed to be planned (its own resharding left out).
    public var notes: [String]
    public var objectives: [String]
    public var defaultObjectives: Bool
    public var candidates: [PlanCandidate]
    public var recommendation: Int?
    public var formula: SizingFormula
    /// The run that shows why the count below the recommendation fails (with none, the largest
    /// count), and the limit that binds it.
    public var failing: PlanCandidate?
    public var binding: BindingLimit?
    public var range: ClosedRange<Int>

    public init(scenario: String, notes: [String], objectives: [String], defaultObjectives: Bool, candidates: [PlanCandidate],
                recommendation: Int?, formula: SizingFormula, failing: PlanCandidate?, binding: BindingLimit?,
                range: ClosedRange<Int>) {
        self.scenario = scenario
        self.notes = notes
        self.objectives = objectives
        self.defaultObjectives = defaultObjectives
        self.candidates = candidates
        self.recommendation = recommendation
        self.formula = formula
        self.failing = failing
        self.binding = binding
        self.range = range
    }

    /// The plan as text: objectives, the table of candidates, the answer and the reasons.
    public var text: String {
        var table = TextTable(alignments: [.right, .right, .right, .right, .right, .right, .right, .right, .left])
        table.add("shards", "seed", "records/s", "worst p99 ms", "throttle rate", "max iterator age ms", "dropped", "$/month", "verdict")
        for candidate in candidates.sorted(by: { ($0.shards, $0.seed) < ($1.shards, $1.seed) }) {
            let run = candidate.run
            table.add(String(candidate.shards), String(candidate.seed), Formatting.fixed(run["throughput.records_per_second"], 1),
                      Formatting.fixed(candidate.worstP99Ms, 1), Formatting.percent(run["put.throttle_rate"]),
                      Formatting.count(Int64(candidate.maxIteratorAgeMs)), Formatting.count(Int64(run["records.dropped"])),
                      Formatting.fixed(run["cost.monthly_usd"], 2), candidate.passed ? "pass" : "FAIL " + run.run.verdict)
        }
        let header = "simctl plan: \(scenario)\n" + notes.map { "note: \($0): the plan sizes a fixed count of provisioned shards\n" }.joined()
            + "objectives\(defaultObjectives ? " (the defaults: the scenario sets no slo)" : ""):\n"
            + objectives.map { "  " + $0 }.joined(separator: "\n") + "\n\ncandidates:\n"
        return header + table.rendered() + "\n" + conclusion + "\n"
    }

    var conclusion: String {
        let formulaLine = "AWS's formula: \(formula.roundedShards) with the average record rounded up to 1 KiB, "
            + "\(formula.rawShards) on raw bytes (\(Formatting.fixed(formula.recordsPerSecond, 1)) records/s of "
            + "\(Formatting.fixed(formula.averageRecordBytes, 1)) B on average, \(formula.consumers) consumer\(formula.consumers == 1 ? "" : "s"))"
        let missed = failing.map { " (seed \($0.seed): " + $0.failures.joined(separator: "; ") + ")" } ?? ""
        guard let recommendation else {
            let why = binding.map { "\nwhy: \($0.sentence)\(missed)\nwhat would help: \($0.suggestion)" } ?? ""
            return "recommendation: none — no shard count from \(range.lowerBound) to \(range.upperBound) meets the objectives"
                + why + "\n" + formulaLine
        }
        let below = recommendation > range.lowerBound
            ? (binding.map { "\nwhy not \(recommendation - 1): \($0.sentence)\(missed)" } ?? "")
            : "\n(\(recommendation) is the lower end of the range searched)"
        return "recommendation: \(recommendation) shard\(recommendation == 1 ? "" : "s")" + below + "\n" + formulaLine
            + (formula.roundedShards < recommendation ? " — it under-provisions this workload" : "")
    }
}
