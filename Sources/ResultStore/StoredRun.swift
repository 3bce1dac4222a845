/// One finished simulation run, as the store writes it and reads it back.
///
/// A plain value with no database types, so the layers that produce and render runs never
/// import GRDB. Field meanings follow `spec/cli-and-results-v1.md`; the schema's CHECK
/// constraints reject values the spec does not allow (see `StoreMigrations`).
public struct StoredRun: Sendable, Equatable {
    /// The scenario's name: runs are listed and compared per scenario.
    public var scenarioName: String
    /// Hex SHA-256 of `scenarioText`: tells apart runs of edited scenarios that share a name.
    public var scenarioSHA256: String
    /// The scenario file as it was run, so a stored run can be reproduced after the file changed.
    public var scenarioText: String
    /// The master seed. Stored as decimal text so every `UInt64` survives exactly (see `SeedText`).
    public var seed: UInt64
    public var simctlVersion: String
    /// The commit simctl was built from, or "unknown" when it was built outside a git checkout.
    public var gitCommit: String
    /// The run's determinism digest, in hex.
    public var digest: String
    /// "pass", "invariant", "slo" or "data-loss".
    public var verdict: String
    /// Wall-clock start as ISO-8601 UTC ("2025-01-31T12:00:00Z"), supplied by the caller:
    /// the store never reads a clock.
    public var startedAtISO8601: String
    public var wallSeconds: Double
    public var simulatedSeconds: Double
    /// Events the kernel processed.
    public var events: Int64
    /// The process exit code the run ended with (0–3 for a completed run).
    public var exitCode: Int
    /// The command line that reproduces the run exactly; nil in runs stored before it was kept.
    public var reproduceCommand: String?
    /// Why the run stopped before its end (a kernel limit), when it did.
    public var stoppedEarly: String?
    public var metrics: [StoredMetric]
    public var shards: [StoredShard]
    public var windows: [StoredWindow]
    /// Invariant checkers' outcomes: status "ok" or "violated".
    public var invariants: [StoredCheck]
    /// The first violations' messages of each violated invariant, in the order they happened.
    public var violations: [StoredViolation]
    /// SLO outcomes: status "ok" or "missed".
    public var objectives: [StoredCheck]
    public var latency: [StoredLatency]
    /// The CloudWatch-named series: stream-wide per second and per minute, per shard per minute.
    public var series: StoredSeriesRows
    /// The consumers in the scenario's order.
    public var consumers: [StoredConsumer]
    /// Every consumer's latency histogram, bucket by bucket.
    public var latencyBuckets: [StoredLatencyBucket]
    /// Every consumer's per-second figures.
    public var consumerSeries: StoredConsumerSeriesRows
    /// Faults, stream operations and policy decisions, in time order.
    public var timeline: [StoredEvent]
    /// KCL applications' lease ownership over time.
    public var leases: [StoredLeaseSample]
    /// Per window that records reached after it closed, how many (`run_window_late`).
    public var windowLateness: [StoredWindowLateness]

    public init(
        scenarioName: String,
        scenarioSHA256: String,
        scenarioText: String,
        seed: UInt64,
        simctlVersion: String,
        gitCommit: String,
        digest: String,
        verdict: String,
        startedAtISO8601: String,
        wallSeconds: Double,
        simulatedSeconds: Double,
        events: Int64,
        exitCode: Int,
        reproduceCommand: String? = nil,
        stoppedEarly: String? = nil,
        metrics: [StoredMetric] = [],
        shards: [StoredShard] = [],
        windows: [StoredWindow] = [],
        invariants: [StoredCheck] = [],
        violations: [StoredViolation] = [],
        objectives: [StoredCheck] = [],
        latency: [StoredLatency] = [],
        series: StoredSeriesRows = [],
        consumers: [StoredConsumer] = [],
        latencyBuckets: [StoredLatencyBucket] = [],
        consumerSeries: StoredConsumerSeriesRows = [],
        timeline: [StoredEvent] = [],
        leases: [StoredLeaseSample] = [],
        windowLateness: [StoredWindowLateness] = []
    ) {
        self.scenarioName = scenarioName
        self.scenarioSHA256 = scenarioSHA256
        self.scenarioText = scenarioText
        self.seed = seed
        self.simctlVersion = simctlVersion
        self.gitCommit = gitCommit
        self.digest = digest
        self.verdict = verdict
        self.startedAtISO8601 = startedAtISO8601
        self.wallSeconds = wallSeconds
        self.simulatedSeconds = simulatedSeconds
        self.events = events
        self.exitCode = exitCode
        self.reproduceCommand = reproduceCommand
        self.stoppedEarly = stoppedEarly
        self.metrics = metrics
        self.shards = shards
        self.windows = windows
        self.invariants = invariants
        self.violations = violations
        self.objectives = objectives
        self.latency = latency
        self.series = series
        self.consumers = consumers
        self.latencyBuckets = latencyBuckets
        self.consumerSeries = consumerSeries
        self.timeline = timeline
        self.leases = leases
        self.windowLateness = windowLateness
    }
}
