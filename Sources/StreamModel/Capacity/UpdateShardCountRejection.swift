import SimKernel

/// Why `UpdateShardCount` was refused (RS9), with the AWS exception it stands for.
///
/// A refusal is a modelled outcome: the stream keeps its shards and the caller logs it.
public enum UpdateShardCountRejection: Error, Equatable, Sendable, CustomStringConvertible {
    /// `ValidationException`: UpdateShardCount exists for provisioned streams only.
    case onDemandStream
    /// `LimitExceededException`: `limit` scalings were already accepted within `window`;
    /// the earliest one leaves the window at `retryAt`.
    case tooManyScalings(limit: Int, window: SimDuration, retryAt: SimTime)
    /// `LimitExceededException`: more than double the open shards.
    case aboveDouble(target: Int, openShards: Int)
    /// `LimitExceededException`: below half the open shards.
    case belowHalf(target: Int, openShards: Int)
    /// `LimitExceededException`: more shards than a stream may have.
    case aboveShardLimit(target: Int, limit: Int)

    /// The earliest time the same request could succeed, when waiting alone cures it.
    public var retryAt: SimTime? {
        guard case .tooManyScalings(_, _, let retryAt) = self else { return nil }
        return retryAt
    }

    public var description: String {
        switch self {
        case .onDemandStream:
            return "ValidationException: UpdateShardCount is only supported for streams in provisioned mode"
        case .tooManyScalings(let limit, let window, let retryAt):
            return "LimitExceededException: more than \(limit) scalings in a rolling \(window) (next allowed at \(retryAt))"
        case .aboveDouble(let target, let open):
            return "LimitExceededException: target \(target) is more than double the \(open) open shards"
        case .belowHalf(let target, let open):
            return "LimitExceededException: target \(target) is below half the \(open) open shards"
        case .aboveShardLimit(let target, let limit):
            return "LimitExceededException: target \(target) is more than \(limit) shards per stream"
        }
    }
}
