/// One consumer's figures in one period: what it was given, how far behind it was, and how old
/// the records were when it processed them.
///
/// Recorded once per GetRecords call or fan-out event, at the moment the world handles it (a
/// consumer's processing times are not monotonic across shards; its calls are); the latency
/// percentiles are read from `ConsumerSeconds`'s histogram when the period closes. 56 bytes a point.
public struct ConsumerPoint: PeriodPoint {
    /// Records returned by GetRecords calls or pushed in fan-out events.
    public internal(set) var records: Int64 = 0
    /// The largest `GetRecords.IteratorAgeMilliseconds` (fan-out events have none).
    public internal(set) var maxIteratorAgeMs: Int64 = 0
    /// The largest `MillisBehindLatest`.
    public internal(set) var maxMillisBehindLatest: Int64 = 0
    /// Records handed over in the period, and their end-to-end latency in microseconds, exact:
    /// median, 99th percentile and largest (all 0 when none were).
    public internal(set) var latencyRecords: Int64 = 0
    public internal(set) var latencyP50Us: Int64 = 0
    public internal(set) var latencyP99Us: Int64 = 0
    public internal(set) var latencyMaxUs: Int64 = 0

    public init() {}

    /// Counts add up and maxima keep the larger. Percentiles do not add: the merged point keeps
    /// the larger of each, an upper bound for the longer period.
    public mutating func merge(_ other: ConsumerPoint) {
        records += other.records
        maxIteratorAgeMs = max(maxIteratorAgeMs, other.maxIteratorAgeMs)
        maxMillisBehindLatest = max(maxMillisBehindLatest, other.maxMillisBehindLatest)
        latencyRecords += other.latencyRecords
        latencyP50Us = max(latencyP50Us, other.latencyP50Us)
        latencyP99Us = max(latencyP99Us, other.latencyP99Us)
        latencyMaxUs = max(latencyMaxUs, other.latencyMaxUs)
    }
}
