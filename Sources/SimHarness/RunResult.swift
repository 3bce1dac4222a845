import AnalyticsModel
import FleetModel
import Metrics
import SimKernel
import StreamModel
import Verification

/// The closed windows of one analytics operator.
public struct OperatorWindows: Sendable {
    public var consumer: String
    public var operatorIndex: Int
    /// The operator's groups: its keys and each group id's label.
    public var groups: GroupIndex
    /// The aggregates the scenario asked for (the operator keeps all of them).
    public var aggregates: AggregateSet
    public var results: [WindowResult]
    /// Records that arrived after every window covering them had closed.
    public var lateDropped: UInt64
    /// Per window, the records that came after it closed.
    public var lateByWindow: [WindowLateness]
}

/// Everything a run produced: measurements, checker results, windows and the digest.
public struct RunResult: Sendable {
    public var seed: UInt64
    /// The determinism digest (16 hex digits).
    public var digest: String
    public var events: UInt64
    /// Devices emitted during this much simulated time; the run lasted `duration + drain`.
    public var duration: SimDuration
    public var drain: SimDuration
    public var metrics: RunMetrics
    /// The stream's cost over the emission period at the scenario's prices (`CostEstimate`).
    public var cost: CostEstimate
    /// The same traffic priced as an on-demand stream over the same period (`OnDemandCost`).
    public var onDemandCost: OnDemandCost
    public var fleet: FleetCounters
    public var invariants: [InvariantResult]
    public var windows: [OperatorWindows]
    public var consumerNames: [String]
    public var shardIDs: [String]
    /// Per consumer: accepted records it had not received when the run ended.
    public var undelivered: [UInt64]
    /// Per consumer: records processed out of per-shard sequence order.
    public var orderViolations: [UInt64]
    /// Readings still held by producers at the end (emitted, neither accepted nor dropped).
    public var inFlight: UInt64
    /// `lostPerConsumerShard[consumer][shard]`: records retention trimmed before that consumer
    /// read them.
    public var lostPerConsumerShard: [[UInt64]]
    /// The stream operations of the run and what became of each.
    public var reshards: [ReshardRecord]
    /// What the capacity policy (autoscaling or on-demand) decided, in order.
    public var scalingDecisions: [PolicyDecision] = []
    /// Every shard of the run, by index (`shardIDs` order): state and lineage.
    public var shards: [ShardSummary]
    /// Why the run stopped before the end of its drain, when it did.
    public var stoppedEarly: EarlyStop?
    /// Whether the gateways sent through the KPL (records are aggregates of readings).
    public var usedKPL = false
    /// The gateways' per-shard rate limit (`fleet.rateLimit`), if any.
    public var rateLimit: Double?

    public var invariantsHold: Bool { invariants.allSatisfy(\.holds) }

    /// Accepted records that some consumer can never receive: lost to retention.
    public var lost: UInt64 { lostPerConsumerShard.joined().reduce(0, +) }

    /// Accepted records per simulated second of `duration`.
    public var throughputRecordsPerSecond: Double { Double(metrics.accepted) / duration.seconds }
    public var throughputBytesPerSecond: Double { Double(metrics.acceptedBytes) / duration.seconds }
}

/// A shard as the run left it: its state and lineage (RS3, RS4). When it opened and closed is
/// in the metrics (`ShardLoad`), which the series are cut by.
public struct ShardSummary: Sendable {
    public var id: String
    public var state: String
    public var parentShardID: String?
    public var adjacentParentShardID: String?

    init<Payload>(_ shard: Shard<Payload>) {
        id = shard.id
        state = shard.state.description
        parentShardID = shard.parents.first.map { Shard<Never>.id(index: $0) }
        adjacentParentShardID = shard.parents.count > 1 ? Shard<Never>.id(index: shard.parents[1]) : nil
    }
}

/// What a capacity policy (autoscaling or on-demand) decided, and when.
public struct PolicyDecision: Sendable {
    public var at: SimTime
    public var description: String
}
