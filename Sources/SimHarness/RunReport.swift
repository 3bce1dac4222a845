import Scenario

/// A finished run with everything reports and the store need: the scenario as loaded, the
/// result, the objectives, the verdict, and facts from outside the simulated world.
public struct RunReport: Sendable {
    public var scenario: LoadedScenario
    public var result: RunResult
    public var objectives: [ObjectiveResult]
    public var verdict: Verdict
    /// Wall-clock seconds the run took (measured by the command, never inside the run).
    public var wallSeconds: Double
    public var simctlVersion: String
    public var gitCommit: String
    /// Wall-clock start as ISO 8601 UTC.
    public var startedAt: String

    public init(scenario: LoadedScenario, result: RunResult, wallSeconds: Double, simctlVersion: String,
                gitCommit: String, startedAt: String) {
        self.scenario = scenario
        self.result = result
        objectives = Objectives.evaluate(scenario.spec.slo, result: result)
        verdict = Verdict.of(result, objectives: objectives)
        self.wallSeconds = wallSeconds
        self.simctlVersion = simctlVersion
        self.gitCommit = gitCommit
        self.startedAt = startedAt
    }

    /// The command that reproduces this run exactly.
    public var reproduceCommand: String { scenario.reproduceCommand }
}
