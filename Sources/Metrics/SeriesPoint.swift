/// The CloudWatch figures of one period (a second or a minute) of one scope (the stream or a shard).
///
/// Plain fixed-width integers, 64 bytes, so a series is one contiguous buffer with no per-point
/// allocation.
public struct SeriesPoint: PeriodPoint {
    public internal(set) var incomingRecords: Int64 = 0
    public internal(set) var incomingBytes: Int64 = 0
    /// Records rejected by the shard's write limits (`WriteProvisionedThroughputExceeded`).
    public internal(set) var writeThrottledRecords: Int64 = 0
    /// GetRecords calls rejected by the shard's read limits (`ReadProvisionedThroughputExceeded`).
    public internal(set) var readThrottledCalls: Int64 = 0
    public internal(set) var getRecordsRecords: Int64 = 0
    public internal(set) var getRecordsBytes: Int64 = 0
    /// The largest iterator age of any successful GetRecords call in the period: CloudWatch's
    /// `GetRecords.IteratorAgeMilliseconds` is read as a maximum, since a sum of ages means nothing.
    public internal(set) var maxIteratorAgeMs: Int64 = 0
    /// PutRecords entries failed with `InternalFailure` (`PutRecords.FailedRecords`; throttled
    /// entries are not counted there). Stream-wide only: the failure comes before routing.
    public internal(set) var failedRecords: Int64 = 0

    public init() {}

    /// One accepted record of `bytes` bytes.
    @inline(__always)
    mutating func addIncoming(bytes: Int64) {
        incomingRecords += 1
        incomingBytes += bytes
    }

    /// Adds a later or sibling period into this one: counts add up, the iterator age is the larger.
    public mutating func merge(_ other: SeriesPoint) {
        incomingRecords += other.incomingRecords
        incomingBytes += other.incomingBytes
        writeThrottledRecords += other.writeThrottledRecords
        readThrottledCalls += other.readThrottledCalls
        getRecordsRecords += other.getRecordsRecords
        getRecordsBytes += other.getRecordsBytes
        maxIteratorAgeMs = max(maxIteratorAgeMs, other.maxIteratorAgeMs)
        failedRecords += other.failedRecords
    }
}
