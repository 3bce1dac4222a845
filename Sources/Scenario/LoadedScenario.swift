import SimKernel

/// A validated scenario with the exact text it came from, for the run store and reports.
public struct LoadedScenario: Equatable, Sendable {
    public var spec: ScenarioSpec
    /// The file's full text.
    public var text: String
    /// Lower-case hex SHA-256 of the file's bytes: identifies the scenario version in the store.
    public var sha256: String
    /// Where the text came from (a path, or a label such as `<stdin>`).
    public var origin: String
    /// The command line's `--duration`, when it replaced the file's: part of what reproduces a run.
    public var durationOverride: SimDuration?

    public init(spec: ScenarioSpec, text: String, sha256: String, origin: String) {
        self.spec = spec
        self.text = text
        self.sha256 = sha256
        self.origin = origin
    }
}
