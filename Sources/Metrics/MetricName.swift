/// The stream metrics by their CloudWatch names (`kinesis-model.md` §9), and the fleet's own
/// (`Fleet.`), as the store keys them.
public enum MetricName: String, CaseIterable, Sendable {
    case incomingRecords = "IncomingRecords"
    case incomingBytes = "IncomingBytes"
    case writeProvisionedThroughputExceeded = "WriteProvisionedThroughputExceeded"
    case readProvisionedThroughputExceeded = "ReadProvisionedThroughputExceeded"
    case getRecordsRecords = "GetRecords.Records"
    case getRecordsBytes = "GetRecords.Bytes"
    case getRecordsIteratorAgeMilliseconds = "GetRecords.IteratorAgeMilliseconds"
    case putRecordsFailedRecords = "PutRecords.FailedRecords"
    /// simctl's own, stream-wide only: entries held in gateways' offline queues (peak in the period).
    case offlineQueued = "Fleet.OfflineQueued"
    /// simctl's own, stream-wide only: readings full offline queues gave up.
    case offlineDropped = "Fleet.OfflineDropped"

    /// The metrics a shard's series has: the CloudWatch ones (the fleet's are stream-wide).
    public static let shardMetrics = allCases.filter { !$0.rawValue.hasPrefix("Fleet.") }

    /// This metric's value in one period.
    public func value(in point: SeriesPoint) -> Int64 {
        switch self {
        case .incomingRecords: point.incomingRecords
        case .incomingBytes: point.incomingBytes
        case .writeProvisionedThroughputExceeded: point.writeThrottledRecords
        case .readProvisionedThroughputExceeded: point.readThrottledCalls
        case .getRecordsRecords: point.getRecordsRecords
        case .getRecordsBytes: point.getRecordsBytes
        case .getRecordsIteratorAgeMilliseconds: point.maxIteratorAgeMs
        case .putRecordsFailedRecords: point.failedRecords
        case .offlineQueued: point.offlineQueued
        case .offlineDropped: point.offlineDropped
        }
    }
}
