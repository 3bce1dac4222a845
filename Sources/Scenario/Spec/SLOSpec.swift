/// Objectives checked at the end of a run (`slo`); nil = not checked.
///
/// A missed objective is a verdict, not an error.
public struct SLOSpec: Equatable, Sendable {
    /// End-to-end p99 latency per consumer.
    public var p99LatencyMs: Double?
    public var p999LatencyMs: Double?
    /// Rejected put entries / put entries attempted, in [0, 1].
    public var maxWriteThrottleRate: Double?
    public var maxIteratorAgeMs: Double?
    /// Records dropped by producers.
    public var maxDropped: Int64?
    /// Records lost to retention; checked even when the file omits it.
    public var maxLost: Int64
    /// Accepted records per simulated second, averaged over `duration`.
    public var minThroughputRecordsPerSecond: Double?

    public init(p99LatencyMs: Double? = nil, p999LatencyMs: Double? = nil, maxWriteThrottleRate: Double? = nil,
                maxIteratorAgeMs: Double? = nil, maxDropped: Int64? = nil, maxLost: Int64 = 0,
                minThroughputRecordsPerSecond: Double? = nil) {
        self.p99LatencyMs = p99LatencyMs
        self.p999LatencyMs = p999LatencyMs
        self.maxWriteThrottleRate = maxWriteThrottleRate
        self.maxIteratorAgeMs = maxIteratorAgeMs
        self.maxDropped = maxDropped
        self.maxLost = maxLost
        self.minThroughputRecordsPerSecond = minThroughputRecordsPerSecond
    }
}
