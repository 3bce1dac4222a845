import SimKernel
import StreamModel

/// A resharding operation on the stream, from the scenario's `faults` (or a scaling policy).
public enum StreamOperation: Equatable, Sendable, CustomStringConvertible {
    /// SplitShard at the middle of the shard's hash range.
    case split(shard: Int)
    /// On-demand capacity splitting a shard at the middle of its range: the service's own
    /// action, not a call, so the stream's UPDATING status does not hold it back.
    case onDemandSplit(shard: Int)
    /// MergeShards: `shard` becomes the child's parent, `adjacent` its adjacent parent.
    case merge(shard: Int, adjacent: Int)
    /// UpdateShardCount (uniform scaling).
    case updateShardCount(target: Int)

    public var description: String {
        switch self {
        case .split(let shard): return "split-shard \(Shard<Never>.id(index: shard))"
        case .onDemandSplit(let shard): return "on-demand split of \(Shard<Never>.id(index: shard))"
        case .merge(let shard, let adjacent):
            return "merge-shards \(Shard<Never>.id(index: shard)) + \(Shard<Never>.id(index: adjacent))"
        case .updateShardCount(let target): return "update-shard-count to \(target)"
        }
    }
}

/// A stream operation at a point of simulated time.
public struct ScheduledOperation: Equatable, Sendable {
    public var at: SimDuration
    public var operation: StreamOperation

    public init(at: SimDuration, operation: StreamOperation) {
        self.at = at
        self.operation = operation
    }
}

/// What became of one stream operation: the shards it created, or why it was refused.
public struct ReshardRecord: Sendable, CustomStringConvertible {
    public var at: SimTime
    public var operation: StreamOperation
    /// Shard ids closed and created; empty when refused.
    public var closed: [String]
    public var created: [String]
    /// The AWS-style refusal, when the operation failed (the stream is unchanged).
    public var refusal: String?

    public var description: String {
        let head = "t=\(at) \(operation)"
        if let refusal { return head + ": refused, " + refusal }
        return head + ": " + closed.joined(separator: ", ") + " → " + created.joined(separator: ", ")
    }
}
