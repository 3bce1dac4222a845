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

/// The latency percentiles every run stores and every report shows, with their labels
/// (`run_latency.percentile`, and the metric keys `consumers.<name>.latency.e2e_ms.<label>`).
public enum LatencyPercentiles {
    public static let all: [(label: String, percentile: Double)] = [("p50", 50), ("p90", 90), ("p99", 99), ("p999", 99.9)]
}
