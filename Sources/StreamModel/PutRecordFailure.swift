/// Why a PutRecord call failed, by the exception AWS names (W5, P6, §4).
public enum PutRecordFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// `InvalidArgumentException`: the record breaks P3 or H1; nothing was written.
    case invalidArgument(PutRecordsInvalid)
    /// `ProvisionedThroughputExceededException` for the call (W5); nothing was debited.
    case provisionedThroughputExceeded(shard: Int32)
    /// `InternalFailure`, injected by a fault (P6); nothing was written or debited.
    case internalFailure

    public var description: String {
        switch self {
        case .invalidArgument(let reason): return reason.description
        case .provisionedThroughputExceeded(let shard): return Self.text(of: .throttled(shard: shard))
        case .internalFailure: return Self.text(of: .internalFailure)
        }
    }

    /// The exception's name and message, as the matching PutRecords entry would carry them.
    static func text(of result: PutEntryResult) -> String {
        "\(result.errorCode ?? ""): \(result.errorMessage ?? "")"
    }
}
