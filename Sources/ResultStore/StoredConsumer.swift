/// One consumer of a run, in the scenario's order: reports list consumers this way.
public struct StoredConsumer: Sendable, Equatable {
    public var name: String
    /// The scenario's consumer type (`polling`, `efo`).
    public var type: String

    public init(name: String, type: String) {
        self.name = name
        self.type = type
    }
}

/// One non-empty bucket of a consumer's end-to-end latency histogram.
///
/// Every run records latency in the same HDR layout (microseconds, 3 significant digits), so a
/// bucket is named by its highest equivalent value: percentiles are recomputed by walking the
/// cumulative counts, and runs merge by adding the counts of equal values.
public struct StoredLatencyBucket: Sendable, Equatable {
    public var consumer: String
    public var valueUs: Int64
    public var count: Int64

    public init(consumer: String, valueUs: Int64, count: Int64) {
        self.consumer = consumer
        self.valueUs = valueUs
        self.count = count
    }
}

/// One second of one consumer: records it was given and how far behind it was.
public struct StoredConsumerPoint: Sendable, Equatable {
    public var consumer: String
    /// Start of the second, in whole seconds of simulated time since the run began.
    public var periodStartS: Int64
    /// Records returned by its GetRecords calls or pushed in its fan-out events that second.
    public var records: Int64
    /// The largest `GetRecords.IteratorAgeMilliseconds` of the second (0 for fan-out).
    public var maxIteratorAgeMs: Int64
    /// The largest `MillisBehindLatest` of the second.
    public var maxMillisBehindLatest: Int64
    /// End-to-end latency of the records handed to it that second: median, 99th percentile and
    /// largest, in milliseconds; nil when it was handed none (or the run predates them).
    public var latency: SecondLatency?

    public init(consumer: String, periodStartS: Int64, records: Int64, maxIteratorAgeMs: Int64, maxMillisBehindLatest: Int64,
                latency: SecondLatency? = nil) {
        self.consumer = consumer
        self.periodStartS = periodStartS
        self.records = records
        self.maxIteratorAgeMs = maxIteratorAgeMs
        self.maxMillisBehindLatest = maxMillisBehindLatest
        self.latency = latency
    }
}

/// One second's latency distribution in brief, in milliseconds.
public struct SecondLatency: Sendable, Equatable {
    public var p50Ms: Double
    public var p99Ms: Double
    public var maxMs: Double

    public init(p50Ms: Double, p99Ms: Double, maxMs: Double) {
        self.p50Ms = p50Ms
        self.p99Ms = p99Ms
        self.maxMs = maxMs
    }
}
