/// Every problem found in a scenario file; loading reports them all at once, not the first only.
public struct ScenarioErrors: Error, Equatable, Sendable, CustomStringConvertible {
    /// In document order.
    public var problems: [ScenarioProblem]

    public init(problems: [ScenarioProblem]) {
        self.problems = problems
    }

    /// One problem per line.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
