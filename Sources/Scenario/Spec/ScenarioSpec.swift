import SimKernel

/// A whole scenario file (`scenario-v1.md`): what to simulate, decoded and validated.
///
/// Every field holds its typed value with the documented default already applied, so the
/// harness never re-reads JSON or re-implements a default.
public struct ScenarioSpec: Equatable, Sendable {
    /// Schema version; always 1.
    public var version: Int
    /// Short kebab-case name used in reports and the store.
    public var name: String
    public var description: String
    /// Master seed; `--seed` overrides it.
    public var seed: UInt64
    /// Simulated time during which devices emit.
    public var duration: SimDuration
    /// Extra simulated time after emission stops, for in-flight work to finish.
    public var drain: SimDuration
    public var startTime: StartTime
    public var fleet: FleetSpec
    public var stream: StreamSpec
    public var consumers: [ConsumerSpec]
    public var faults: [FaultSpec]
    public var slo: SLOSpec

    public init(version: Int = 1, name: String, description: String = "", seed: UInt64 = 1,
                duration: SimDuration, drain: SimDuration = .minutes(5), startTime: StartTime = .default,
                fleet: FleetSpec, stream: StreamSpec, consumers: [ConsumerSpec], faults: [FaultSpec] = [],
                slo: SLOSpec = SLOSpec()) {
        self.version = version
        self.name = name
        self.description = description
        self.seed = seed
        self.duration = duration
        self.drain = drain
        self.startTime = startTime
        self.fleet = fleet
        self.stream = stream
        self.consumers = consumers
        self.faults = faults
        self.slo = slo
    }
}
