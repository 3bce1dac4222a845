/// The stream metrics by their CloudWatch names (`kinesis-model.md` §9), as the store keys them.
public enum MetricName: String, CaseIterable, Sendable {
    case incomingRecords = "IncomingRecords"
    case incomingBytes = "IncomingBytes"
    case writeProvisionedThroughputExceeded = "WriteProvisionedThroughputExceeded"
    case readProvisionedThroughputExceeded = "ReadProvisionedThroughputExceeded"
    case getRecordsRecords = "GetRecords.Records"
    case getRecordsBytes = "GetRecords.Bytes"
    case getRecordsIteratorAgeMilliseconds = "GetRecords.IteratorAgeMilliseconds"
    case putRecordsFailedRecords = "PutRecords.FailedRecords"

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
        }
    }
}
