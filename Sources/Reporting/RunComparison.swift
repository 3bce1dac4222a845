/// Two stored runs side by side: every metric of either with its change and whether that is an
/// improvement or a regression, whether the digests and scenarios differ, and a unified diff of
/// the two scenario texts.
public struct RunComparison: Sendable {
    /// One metric of the two runs.
    public struct Row: Sendable, Equatable {
        public var name: String
        /// Nil when that run has no such metric (a consumer or shard only one run had).
        public var before: Double?
        public var after: Double?
        public var direction: MetricDirection
        /// +1 improved, −1 regressed, 0 unchanged or neither.
        public var verdict: Int

        public var change: Double? { before.flatMap { before in after.map { $0 - before } } }

        /// The change relative to `before`; nil when `before` is 0 or missing.
        public var relativeChange: Double? {
            guard let before, let change, before != 0 else { return nil }
            return change / abs(before)
        }

        public var changed: Bool { before != after }
    }

    public let before: RunView
    public let after: RunView
    public let rows: [Row]

    public init(_ before: RunView, _ after: RunView) {
        self.before = before
        self.after = after
        let names = Set(before.run.metrics.map(\.name)).union(after.run.metrics.map(\.name)).subtracting(["seed"])
        rows = names.sorted().map { name in
            let direction = MetricDirection.of(name)
            let (old, new) = (before.metric(name), after.metric(name))
            let verdict = old.flatMap { old in new.map { direction.verdict(from: old, to: $0) } } ?? 0
            return Row(name: name, before: old, after: new, direction: direction, verdict: verdict)
        }
    }

    public var digestsDiffer: Bool { before.run.digest != after.run.digest }
    public var scenariosDiffer: Bool { before.run.scenarioSHA256 != after.run.scenarioSHA256 }
    /// Runs of two different scenarios (by name) can be compared, with a warning.
    public var differentScenarios: Bool { before.run.scenarioName != after.run.scenarioName }

    public var regressions: [Row] { rows.filter { $0.verdict < 0 } }
    public var improvements: [Row] { rows.filter { $0.verdict > 0 } }

    /// The unified diff of the scenario texts, empty when they are the same.
    public var scenarioDiff: [String] {
        UnifiedDiff.render(before.run.scenarioText, after.run.scenarioText,
                           oldName: "\(label(before)) \(before.run.scenarioName)", newName: "\(label(after)) \(after.run.scenarioName)")
    }

    func label(_ view: RunView) -> String { view.id.map { "run \($0)" } ?? "run" }
}
