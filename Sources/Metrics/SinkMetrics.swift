import SimKernel

/// What one sink operator delivered: buffers, objects written (one per attempt), attempts that
/// timed out, records delivered and written again by retries, and the data freshness of each
/// delivery — the age of its oldest record when its object landed, as Firehose's
/// `DeliveryToS3.DataFreshness` measures it.
public struct SinkMetrics: Sendable {
    /// The operator's position in its consumer's `analytics` list.
    public let operatorIndex: Int
    public private(set) var deliveries: UInt64 = 0
    public private(set) var objects: UInt64 = 0
    public private(set) var failedAttempts: UInt64 = 0
    public private(set) var records: UInt64 = 0
    /// Records in the objects of attempts that timed out: duplicates at the destination.
    public private(set) var duplicateRecords: UInt64 = 0
    public private(set) var bytes: UInt64 = 0
    public private(set) var freshness = LatencyHistogram()

    public init(operatorIndex: Int) { self.operatorIndex = operatorIndex }

    /// One buffer delivered after `attempts` attempts (the last succeeded).
    public mutating func recordDelivery(records: Int, bytes: Int64, attempts: Int, freshness age: SimDuration) {
        deliveries += 1
        objects += UInt64(attempts)
        failedAttempts += UInt64(attempts - 1)
        self.records += UInt64(records)
        duplicateRecords += UInt64(records) * UInt64(attempts - 1)
        self.bytes += UInt64(bytes)
        freshness.record(age)
    }
}
