import SimKernel

/// A Firehose-style delivery operator as a scenario declares it (`type: "sink"`).
///
/// Defaults are Firehose's buffering hints for S3 (5 MiB or 300 s, whichever first:
/// `API_BufferingHints`); the delivery time and failure rate are simctl's additions.
public struct SinkConfig: Sendable {
    /// Bytes buffered before an object is delivered (`bufferSize`).
    public var bufferBytes: Int64
    /// Longest a record waits in the buffer before its object is delivered (`bufferInterval`).
    public var bufferInterval: SimDuration
    /// How long one delivery attempt takes (`deliveryTime`). Firehose publishes no figure: the
    /// default, a lognormal with median 500 ms and p99 5 s, is an assumption.
    public var deliveryTime: Distribution
    /// Probability that a delivery attempt times out (`failureRate`); see `SinkOperator`.
    public var failureRate: Double
    /// Keep each delivery's readings so they can be written out as files. Never changes the run.
    public var keepsRecords: Bool

    public static let defaultBufferBytes: Int64 = 5 * 1_048_576
    public static let defaultBufferInterval = SimDuration.seconds(300)
    public static let defaultDeliveryTime = Distribution.lognormal(.init(median: .milliseconds(500), p99: .seconds(5)))

    public init(bufferBytes: Int64 = defaultBufferBytes, bufferInterval: SimDuration = defaultBufferInterval,
                deliveryTime: Distribution = defaultDeliveryTime, failureRate: Double = 0, keepsRecords: Bool = false) {
        self.bufferBytes = bufferBytes
        self.bufferInterval = bufferInterval
        self.deliveryTime = deliveryTime
        self.failureRate = failureRate
        self.keepsRecords = keepsRecords
    }
}
