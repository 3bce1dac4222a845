/// The CloudWatch figures of one period (a second or a minute) of one scope (the stream or a shard).
///
/// Plain fixed-width integers, 88 bytes, so a series is one contiguous buffer with no per-point
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
    /// Stream-wide only: the most entries gateways held in offline queues at any moment of the
    /// period — a gauge, so a period without a change shows the level it began with.
    public internal(set) var offlineQueued: Int64 = 0
    /// The held level at the period's end, carried into the next period.
    var offlineLevel: Int64 = 0
    /// Stream-wide only: readings full offline queues gave up.
    public internal(set) var offlineDropped: Int64 = 0

    public init() {}

    /// The next period opens empty but for the offline queues' level.
    public func carried() -> SeriesPoint {
        var next = SeriesPoint()
        next.offlineQueued = offlineLevel
        next.offlineLevel = offlineLevel
        return next
    }

    /// One accepted record of `bytes` bytes.
    @inline(__always)
    mutating func addIncoming(bytes: Int64) {
        incomingRecords += 1
        incomingBytes += bytes
    }

    /// Adds a later or sibling period into this one: counts add up, the iterator age and the
    /// offline peak are the larger, and a later period's offline level is the level now.
    public mutating func merge(_ other: SeriesPoint) {
        incomingRecords += other.incomingRecords
        incomingBytes += other.incomingBytes
        writeThrottledRecords += other.writeThrottledRecords
        readThrottledCalls += other.readThrottledCalls
        getRecordsRecords += other.getRecordsRecords
        getRecordsBytes += other.getRecordsBytes
        maxIteratorAgeMs = max(maxIteratorAgeMs, other.maxIteratorAgeMs)
        failedRecords += other.failedRecords
        offlineQueued = max(offlineQueued, other.offlineQueued)
        offlineLevel = other.offlineLevel
        offlineDropped += other.offlineDropped
    }
}
