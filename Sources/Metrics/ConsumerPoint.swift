/// One consumer's figures in one period: what it was given and how far behind it was.
///
/// Recorded once per GetRecords call or fan-out event, at the moment the world handles it (a
/// consumer's processing times are not monotonic across shards; its calls are), so the
/// per-record path pays nothing. 24 bytes a point.
public struct ConsumerPoint: PeriodPoint {
    /// Records returned by GetRecords calls or pushed in fan-out events.
    public internal(set) var records: Int64 = 0
    /// The largest `GetRecords.IteratorAgeMilliseconds` (fan-out events have none).
    public internal(set) var maxIteratorAgeMs: Int64 = 0
    /// The largest `MillisBehindLatest`.
    public internal(set) var maxMillisBehindLatest: Int64 = 0

    public init() {}

    public mutating func merge(_ other: ConsumerPoint) {
        records += other.records
        maxIteratorAgeMs = max(maxIteratorAgeMs, other.maxIteratorAgeMs)
        maxMillisBehindLatest = max(maxMillisBehindLatest, other.maxMillisBehindLatest)
    }
}
