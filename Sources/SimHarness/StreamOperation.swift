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

/// What became of one stream operation: when it took effect and the shards it closed and
/// created, or why it was refused.
public struct ReshardRecord: Sendable, CustomStringConvertible {
    /// When the operation was called (an on-demand split: when it happened).
    public var at: SimTime
    public var operation: StreamOperation
    /// When its new shards took writes (RS7); nil while the call was still under way at the end
    /// of the run, or when it was refused.
    public var completedAt: SimTime?
    /// Shard ids closed and created (UpdateShardCount's intermediate shards among them); empty
    /// when refused or not completed.
    public var closed: [String] = []
    public var created: [String] = []
    /// The AWS-style refusal, when the operation failed (the stream is unchanged).
    public var refusal: String?

    public init(at: SimTime, operation: StreamOperation) {
        self.at = at
        self.operation = operation
    }

    public var description: String {
        let head = "t=\(at) \(operation)"
        if let refusal { return head + ": refused, " + refusal }
        guard let completedAt else { return head + ": still under way at the end of the run" }
        let delay = completedAt == at ? "" : " (in force at t=\(completedAt))"
        return head + ": " + closed.joined(separator: ", ") + " → " + created.joined(separator: ", ") + delay
    }
}
