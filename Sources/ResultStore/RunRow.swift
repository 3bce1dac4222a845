/// One line of `simctl runs`: a stored run's identity and outcome, without its children.
public struct RunRow: Sendable, Equatable {
    /// Increases with every save and is never reused, so a larger id is a newer run.
    public var id: Int64
    public var scenarioName: String
    public var seed: UInt64
    public var digest: String
    public var verdict: String
    public var startedAtISO8601: String
    public var wallSeconds: Double
    /// Accepted records per simulated second; nil if the run stored no such metric.
    public var throughputRecordsPerSecond: Double?
    /// The largest p99 end-to-end latency of any consumer; nil for a run without consumers.
    public var worstP99Ms: Double?
    /// The plan (`simctl plan`) the run was a candidate of; nil for a run of its own.
    public var planID: Int64?

    public init(
        id: Int64,
        scenarioName: String,
        seed: UInt64,
        digest: String,
        verdict: String,
        startedAtISO8601: String,
        wallSeconds: Double,
        throughputRecordsPerSecond: Double? = nil,
        worstP99Ms: Double? = nil,
        planID: Int64? = nil
    ) {
        self.id = id
        self.scenarioName = scenarioName
        self.seed = seed
        self.digest = digest
        self.verdict = verdict
        self.startedAtISO8601 = startedAtISO8601
        self.wallSeconds = wallSeconds
        self.throughputRecordsPerSecond = throughputRecordsPerSecond
        self.worstP99Ms = worstP99Ms
        self.planID = planID
    }
}
