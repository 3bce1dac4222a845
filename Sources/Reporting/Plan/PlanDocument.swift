/// A plan as every rendering of it reads it — text, Markdown, JSON and the HTML capacity
/// curve — and as the store keeps it (`StoredPlan.document`): the figures of each candidate,
/// the answer, AWS's formula beside it, and why. It holds no run ids, so that a plan's
/// document does not depend on what the store held before; the stored plan's run ids follow
/// the order of `candidates`.
public struct PlanDocument: Codable, Equatable, Sendable {
    public static let currentSchema = "simctl.plan.v1"

    public var schema = Self.currentSchema
    public var scenario: String
    /// The configuration planned when `--vary` made several (`fleet.batching.maxRecords=100`).
    public var variant: String?
    /// How the scenario was changed to be planned (its own resharding left out).
    public var notes: [String]
    public var objectives: Objectives
    public var range: Range
    /// The seeds the recommendation and the count below it were confirmed on, as decimal text.
    public var seeds: [String]
    /// Every candidate run, by shards then seed.
    public var candidates: [Candidate]
    /// The fewest shards that met every objective on every seed; nil when no count in range did.
    public var recommendation: Int?
    public var formula: Formula
    /// Why the count below the recommendation (with none, the largest count) fails.
    public var why: Why?

    public init(scenario: String, variant: String?, notes: [String], objectives: Objectives, range: Range, seeds: [String], candidates: [Candidate], recommendation: Int?, formula: Formula, why: Why?) {
        self.scenario = scenario
        self.variant = variant
        self.notes = notes
        self.objectives = objectives
        self.range = range
        self.seeds = seeds
        self.candidates = candidates
        self.recommendation = recommendation
        self.formula = formula
        self.why = why
    }

    /// The monthly cost at the recommendation: its costliest seed. Nil without a recommendation.
    public var recommendedMonthlyUSD: Double? {
        guard let recommendation else { return nil }
        return candidates.filter { $0.shards == recommendation }.map(\.monthlyUSD).max()
    }

    /// The same traffic's monthly cost in on-demand mode at the recommendation: its costliest seed.
    public var recommendedOnDemandMonthlyUSD: Double? {
        guard let recommendation else { return nil }
        return candidates.filter { $0.shards == recommendation }.map(\.onDemandMonthlyUSD).max()
    }

    /// `10k-devices`, or `10k-devices with fleet.batching.maxRecords=100`.
    public var title: String { scenario + (variant.map { " with \($0)" } ?? "") }

    public struct Objectives: Codable, Equatable, Sendable {
        /// One line per objective, as the plan prints them.
        public var lines: [String]
        /// True when the scenario set no `slo` and the plan's defaults apply.
        public var defaulted: Bool
        /// The limits the capacity curve draws as lines (nil: no such objective).
        public var p99LatencyMs: Double?
        public var maxWriteThrottleRate: Double?

        public init(lines: [String], defaulted: Bool, p99LatencyMs: Double?, maxWriteThrottleRate: Double?) {
            self.lines = lines
            self.defaulted = defaulted
            self.p99LatencyMs = p99LatencyMs
            self.maxWriteThrottleRate = maxWriteThrottleRate
        }
    }

    public struct Range: Codable, Equatable, Sendable {
        public var min: Int
        public var max: Int

        public init(min: Int, max: Int) {
            self.min = min
            self.max = max
        }
    }

    public struct Candidate: Codable, Equatable, Sendable {
        public var shards: Int
        public var seed: String
        public var recordsPerSecond: Double
        public var worstP99Ms: Double
        public var writeThrottleRate: Double
        public var maxIteratorAgeMs: Double
        public var dropped: Double
        public var monthlyUSD: Double
        /// The same traffic's monthly cost in on-demand mode (`cost.on_demand_monthly_usd`).
        public var onDemandMonthlyUSD: Double
        /// `pass`, `invariant`, `slo` or `data-loss`, as the run's verdict.
        public var verdict: String
        /// Why the run stopped before its end, when it did (its verdict was decided).
        public var stoppedEarly: String?
        /// The objectives it missed and the checkers that fired, worded as the summary words them.
        public var failures: [String]

        public var passed: Bool { verdict == "pass" }

        public init(shards: Int, seed: String, recordsPerSecond: Double, worstP99Ms: Double, writeThrottleRate: Double, maxIteratorAgeMs: Double, dropped: Double, monthlyUSD: Double, onDemandMonthlyUSD: Double, verdict: String, stoppedEarly: String?, failures: [String]) {
            self.shards = shards
            self.seed = seed
            self.recordsPerSecond = recordsPerSecond
            self.worstP99Ms = worstP99Ms
            self.writeThrottleRate = writeThrottleRate
            self.maxIteratorAgeMs = maxIteratorAgeMs
            self.dropped = dropped
            self.monthlyUSD = monthlyUSD
            self.onDemandMonthlyUSD = onDemandMonthlyUSD
            self.verdict = verdict
            self.stoppedEarly = stoppedEarly
            self.failures = failures
        }
    }

    public struct Formula: Codable, Equatable, Sendable {
        public var recordsPerSecond: Double
        public var averageRecordBytes: Double
        public var consumers: Int
        /// AWS's answer with the average record rounded up to 1 KiB, as AWS documents it.
        public var roundedShards: Int
        /// AWS's answer on raw bytes.
        public var rawShards: Int

        public init(recordsPerSecond: Double, averageRecordBytes: Double, consumers: Int, roundedShards: Int, rawShards: Int) {
            self.recordsPerSecond = recordsPerSecond
            self.averageRecordBytes = averageRecordBytes
            self.consumers = consumers
            self.roundedShards = roundedShards
            self.rawShards = rawShards
        }
    }

    public struct Why: Codable, Equatable, Sendable {
        /// The shard count explained and the seed whose run shows it.
        public var shards: Int
        public var seed: String
        public var failures: [String]
        /// The binding limit, as a sentence, and the change that would help.
        public var limit: String
        public var suggestion: String
        /// What AWS's formula leaves out that the binding limit depends on.
        public var formulaBlindSpot: String

        public init(shards: Int, seed: String, failures: [String], limit: String, suggestion: String, formulaBlindSpot: String) {
            self.shards = shards
            self.seed = seed
            self.failures = failures
            self.limit = limit
            self.suggestion = suggestion
            self.formulaBlindSpot = formulaBlindSpot
        }
    }
}
