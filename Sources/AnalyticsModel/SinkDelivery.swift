import SimKernel
import Telemetry

/// One buffer the sink delivered: when it was flushed, each attempt's object, and its records.
public struct SinkDelivery: Sendable {
    /// When the buffer was flushed (its size or interval was reached).
    public let flushedAt: SimTime
    /// When each attempt ended, in order. Every attempt wrote an object with all the records;
    /// all but the last timed out and were retried, so their objects are duplicates.
    public let attemptEnds: [SimTime]
    public let records: Int
    public let bytes: Int64
    /// When the oldest record reached the sink: its age at delivery is the data freshness, and
    /// it names the object (Firehose's time prefix uses the oldest record's arrival).
    public let oldestArrival: SimTime
    /// The records, in arrival order, when the sink keeps them (`SinkConfig.keepsRecords`).
    public let readings: [Reading]

    /// When the successful attempt's object landed.
    public var landedAt: SimTime { attemptEnds[attemptEnds.count - 1] }
    /// Attempts that timed out before the one that succeeded.
    public var failedAttempts: Int { attemptEnds.count - 1 }
}
