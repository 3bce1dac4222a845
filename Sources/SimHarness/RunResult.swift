import AnalyticsModel
import FleetModel
import Metrics
import SimKernel
import Verification

/// The closed windows of one analytics operator.
public struct OperatorWindows: Sendable {
    public var consumer: String
    public var operatorIndex: Int
    public var grouping: WindowGrouping
    public var results: [WindowResult]
    /// Records that arrived after their window closed.
    public var lateDropped: UInt64
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
    /// Accepted records that some consumer can never receive (retention; none in v0).
    public var lost: UInt64
    /// Why the run stopped early, when it did (a kernel limit).
    public var stoppedEarly: String?

    public var invariantsHold: Bool { invariants.allSatisfy(\.holds) }

    /// Accepted records per simulated second of `duration`.
    public var throughputRecordsPerSecond: Double { Double(metrics.accepted) / duration.seconds }
    public var throughputBytesPerSecond: Double { Double(metrics.acceptedBytes) / duration.seconds }
}
