/// A plan as `simctl plan` stored it: what was planned, when, its answer, and the document
/// every rendering of it reads. Its candidate runs are stored as runs tagged with its id.
public struct StoredPlan: Sendable, Equatable {
    public var scenarioName: String
    public var scenarioSHA256: String
    /// ISO 8601, UTC.
    public var createdAt: String
    public var simctlVersion: String
    /// The fewest shards that met the objectives; nil when no count in range did.
    public var recommendation: Int?
    /// The plan as JSON (`PlanDocument`, schema `simctl.plan.v1`): opaque to the store.
    public var document: String
    /// The ids of its candidate runs, in the order they were saved (filled in when read back).
    public var runIDs: [Int64]

    public init(scenarioName: String, scenarioSHA256: String, createdAt: String, simctlVersion: String,
                recommendation: Int?, document: String, runIDs: [Int64] = []) {
        self.scenarioName = scenarioName
        self.scenarioSHA256 = scenarioSHA256
        self.createdAt = createdAt
        self.simctlVersion = simctlVersion
        self.recommendation = recommendation
        self.document = document
        self.runIDs = runIDs
    }
}
