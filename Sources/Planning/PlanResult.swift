import Reporting
import Scenario

/// What `simctl plan` found: every candidate run, the recommendation (nil when no count in range
/// meets the objectives), AWS's formula beside it, and why. Its `document` is what is stored
/// and rendered.
public struct PlanResult: Sendable {
    public var scenario: String
    /// The configuration, when `--vary` made several.
    public var variant: String?
    /// How the scenario was changed to be planned (its own resharding left out).
    public var notes: [String]
    public var objectives: SLOSpec
    public var defaultObjectives: Bool
    /// Every candidate run, by shards then seed.
    public var candidates: [PlanCandidate]
    public var seeds: [UInt64]
    public var recommendation: Int?
    public var formula: SizingFormula
    /// The run that shows why the count below the recommendation fails (with none, the largest
    /// count), and the limit that binds it.
    public var failing: PlanCandidate?
    public var binding: BindingLimit?
    public var range: ClosedRange<Int>

    public init(scenario: String, variant: String?, notes: [String], objectives: SLOSpec, defaultObjectives: Bool, candidates: [PlanCandidate],
                seeds: [UInt64], recommendation: Int?, formula: SizingFormula, failing: PlanCandidate?, binding: BindingLimit?,
                range: ClosedRange<Int>) {
        self.scenario = scenario
        self.variant = variant
        self.notes = notes
        self.objectives = objectives
        self.defaultObjectives = defaultObjectives
        self.candidates = candidates.sorted { ($0.shards, $0.seed) < ($1.shards, $1.seed) }
        self.seeds = seeds
        self.recommendation = recommendation
        self.formula = formula
        self.failing = failing
        self.binding = binding
        self.range = range
    }

    public var document: PlanDocument {
        PlanDocument(
            scenario: scenario, variant: variant, notes: notes,
            objectives: .init(lines: PlanObjectives.describe(objectives), defaulted: defaultObjectives,
                              p99LatencyMs: objectives.p99LatencyMs, maxWriteThrottleRate: objectives.maxWriteThrottleRate),
            range: .init(min: range.lowerBound, max: range.upperBound), seeds: seeds.map(String.init),
            candidates: candidates.map(\.row), recommendation: recommendation,
            formula: .init(recordsPerSecond: formula.recordsPerSecond, averageRecordBytes: formula.averageRecordBytes,
                           consumers: formula.consumers, roundedShards: formula.roundedShards, rawShards: formula.rawShards),
            why: why)
    }

    var why: PlanDocument.Why? {
        guard let failing, let binding else { return nil }
        return PlanDocument.Why(shards: failing.shards, seed: String(failing.seed), failures: failing.failures,
                                limit: binding.sentence, suggestion: binding.suggestion,
                                formulaBlindSpot: binding.formulaBlindSpot)
    }
}
