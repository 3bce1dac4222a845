import AnalyticsModel
import ConsumerModel
import FleetModel
import Metrics
import Scenario
import SimKernel
import StreamModel

/// One consumer application: how it reads, what kind it is, and the operators it feeds.
public struct ConsumerSetup: Sendable {
    public var reading: PollingConfig
    public var kind: ConsumerKind
    public var operators: [OperatorConfig]

    public init(reading: PollingConfig, kind: ConsumerKind = .polling, operators: [OperatorConfig] = []) {
        self.reading = reading
        self.kind = kind
        self.operators = operators
    }

    /// The enhanced fan-out settings of a fan-out consumer (nil for other kinds); setting them
    /// makes it one.
    public var fanOut: FanOutConfig? {
        get { if case .fanOut(let settings) = kind { settings } else { nil } }
        set { kind = newValue.map(ConsumerKind.fanOut) ?? .polling }
    }
}

/// Everything needed to build the simulated world: the scenario, translated to model terms.
public struct WorldConfig: Sendable {
    public var fleet: FleetConfig
    public var shardCount: Int
    public var limits: StreamLimits
    /// Capacity mode and its scaling policy (not wired into the world yet).
    public var capacity = StreamCapacity.provisioned(autoscaling: nil)
    public var consumers: [ConsumerSetup]
    /// Devices emit during `duration`; the run goes on for `drain` more.
    public var duration: SimDuration
    public var drain: SimDuration
    /// T1: records older than this are trimmed.
    public var retention: SimDuration = .hours(24)
    /// §8: delay before an accepted record is readable.
    public var visibilityDelay: Distribution = .constant(.zero)
    /// Resharding operations, in schedule order.
    public var operations: [ScheduledOperation] = []
    /// Unit prices for the cost estimate (`stream.prices`); they never influence the run.
    public var prices = StreamPrices()
    /// Scheduled faults, in scenario order; an index into this list names a fault in events.
    public var faults: [FaultSpec] = []

    public init(fleet: FleetConfig, shardCount: Int, limits: StreamLimits, consumers: [ConsumerSetup],
                duration: SimDuration, drain: SimDuration) {
        self.fleet = fleet
        self.shardCount = shardCount
        self.limits = limits
        self.consumers = consumers
        self.duration = duration
        self.drain = drain
    }

    /// The master seed: every entity's substream derives from it.
    public var seed: UInt64 { fleet.masterSeed }

    /// The end of the run: emission time plus drain.
    public var end: SimTime { .zero + duration + drain }
}

extension WorldConfig {
    /// Makes every sink keep its deliveries' records, to be written out as files. The run and its
    /// digest are unchanged.
    public mutating func keepSinkRecords() {
        for consumer in consumers.indices {
            for index in consumers[consumer].operators.indices {
                guard case .sink(var sink) = consumers[consumer].operators[index] else { continue }
                sink.keepsRecords = true
                consumers[consumer].operators[index] = .sink(sink)
            }
        }
    }

    /// Whether any consumer feeds a sink operator.
    public var hasSinks: Bool {
        consumers.contains { $0.operators.contains { if case .sink = $0 { true } else { false } } }
    }
}
