/// A committed record of what each scenario simulated (`simctl baseline update`), which
/// `simctl gate` holds later runs to. Schema `simctl.baseline.v1`, documented in the README.
public struct Baseline: Equatable, Sendable {
    public static let schema = "simctl.baseline.v1"

    public var scenarios: [BaselineScenario]

    public init(scenarios: [BaselineScenario]) { self.scenarios = scenarios }

    /// The entry for a scenario file, by the path it was recorded under.
    public func scenario(at path: String) -> BaselineScenario? { scenarios.first { $0.path == path } }
}

/// One scenario of a baseline: how it was run, what it decided, and every gated metric.
public struct BaselineScenario: Equatable, Sendable {
    /// The scenario file as given to `baseline update` (relative to where it ran).
    public var path: String
    public var name: String
    public var sha256: String
    public var seed: UInt64
    public var digest: String
    public var simctlVersion: String
    /// Every metric the gate judges (not neutral ones), by machine-summary key.
    public var metrics: [String: Double]
    /// Per-metric tolerances that replace the defaults; kept across `baseline update`. The one for
    /// `WallSpeed.metric` replaces `Tolerance.wallSpeed`.
    public var tolerances: [String: Tolerance]
    /// Wall-clock speed from `baseline update --perf`; nil when never measured. Only `gate --perf`
    /// reads it, so a baseline without it is as valid as before.
    public var perf: WallSpeed?

    public init(path: String, name: String, sha256: String, seed: UInt64, digest: String, simctlVersion: String,
                metrics: [String: Double], tolerances: [String: Tolerance] = [:], perf: WallSpeed? = nil) {
        self.path = path
        self.name = name
        self.sha256 = sha256
        self.seed = seed
        self.digest = digest
        self.simctlVersion = simctlVersion
        self.metrics = metrics
        self.tolerances = tolerances
        self.perf = perf
    }

    /// The entry for a run of the scenario at `path`, keeping `tolerances`.
    public init(path: String, run view: RunView, tolerances: [String: Tolerance] = [:]) {
        let gated = view.run.metrics.filter { Tolerance.default(for: $0.name) != nil }
        self.init(path: path, name: view.run.scenarioName, sha256: view.run.scenarioSHA256, seed: view.run.seed,
                  digest: view.run.digest, simctlVersion: view.run.simctlVersion,
                  metrics: Dictionary(gated.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }),
                  tolerances: tolerances)
    }

    /// The tolerance the gate applies to `metric`: its override, else the default.
    public func tolerance(for metric: String) -> Tolerance? { tolerances[metric] ?? Tolerance.default(for: metric) }

    /// The tolerance `gate --perf` applies to the wall speed: its override, else the default.
    public var speedTolerance: Tolerance { tolerances[WallSpeed.metric] ?? .wallSpeed }

    /// Whether the entry holds a figure under `name` for a tolerance to apply to: a gated metric,
    /// or the wall speed when it has one.
    public func judges(_ name: String) -> Bool { metrics[name] != nil || (name == WallSpeed.metric && perf != nil) }

    /// The entry `baseline update` writes for a new run of the scenario at `path`, keeping what a
    /// person set or measured in the `previous` entry: tolerances for what it still judges, and the
    /// wall speed unless `speed` re-measures it. A speed measured on an older version of the
    /// scenario file is dropped: it is no baseline for a different workload.
    public static func rerecorded(path: String, run view: RunView, speed: WallSpeed?,
                                  previous: BaselineScenario?) -> BaselineScenario {
        var entry = BaselineScenario(path: path, run: view)
        entry.perf = speed ?? previous.flatMap { $0.sha256 == entry.sha256 ? $0.perf : nil }
        entry.tolerances = (previous?.tolerances ?? [:]).filter { entry.judges($0.key) }
        return entry
    }
}
