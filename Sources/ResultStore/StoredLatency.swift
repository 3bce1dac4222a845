/// One end-to-end latency percentile of one consumer.
public struct StoredLatency: Sendable, Equatable {
    public var consumer: String
    /// "p50", "p90", "p99", "p999" or "max"; unique per consumer within a run.
    public var percentile: String
    public var valueMs: Double

    public init(consumer: String, percentile: String, valueMs: Double) {
        self.consumer = consumer
        self.percentile = percentile
        self.valueMs = valueMs
    }
}
