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

    public init(
        id: Int64,
        scenarioName: String,
        seed: UInt64,
        digest: String,
        verdict: String,
        startedAtISO8601: String,
        wallSeconds: Double
    ) {
        self.id = id
        self.scenarioName = scenarioName
        self.seed = seed
        self.digest = digest
        self.verdict = verdict
        self.startedAtISO8601 = startedAtISO8601
        self.wallSeconds = wallSeconds
    }
}
