import SimKernel
import StreamModel
import Telemetry

/// One consumer application of a run, whatever its kind (polling, enhanced fan-out, KCL, Lambda,
/// or a test's own). The world hands it signals and never looks inside: each kind decides which
/// shards it reads, when, and what it observes.
public protocol ConsumerApplication {
    var name: String { get }
    /// The application's reader in the stream: its positions are what the run's end checks.
    var reader: Int { get }
    /// Whether it wants `.recordAccepted` signals (fan-out subscriptions waiting for records).
    var wantsAcceptedRecords: Bool { get }
    /// Where it is done in `shard` at the end of a run: the records below were processed (or
    /// discarded); the end-of-run checks hold it to that.
    func endPosition(shard: Int, in stream: DataStream<Reading>) -> UInt64
    mutating func receive<Host: ConsumerHost, Queue: ConsumerScheduler>(
        _ signal: ConsumerSignal, now: SimTime, host: inout Host, queue: inout Queue)
}

/// What the world tells a consumer application.
public enum ConsumerSignal {
    /// The run starts with these shards open.
    case start(shards: [Int])
    /// One of its own events is due.
    case event(ConsumerEvent)
    /// A reshard closed `closed` and opened `opened`.
    case resharded(closed: [Int], opened: [Int])
    /// `shard` accepted a record, readable at `visibleAt` (only to applications that want it).
    case recordAccepted(shard: Int, visibleAt: SimTime)
    /// A `consumer-crash` fault stops worker `worker` until `until`.
    case crash(worker: Int, until: SimTime)
}

extension ConsumerApplication {
    public var wantsAcceptedRecords: Bool { false }

    /// By default, its read position: it processes what it reads before it reads on.
    public func endPosition(shard: Int, in stream: DataStream<Reading>) -> UInt64 {
        stream.position(reader: reader, shard: shard)
    }
}
