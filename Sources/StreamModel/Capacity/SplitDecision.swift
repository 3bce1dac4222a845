import SimKernel

/// A split the on-demand scaler asks for: `SplitShard(shard, newStartingHashKey)` at `time`.
public struct SplitDecision: Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        /// C4: the shard's incoming bytes stayed above half its byte limit from `since` on.
        case hotShard(since: SimTime)
        /// C3: open write capacity stayed below twice the peak per-minute throughput from `since`
        /// on; the shard is among the busiest.
        case peakHeadroom(since: SimTime)
    }

    public let time: SimTime
    /// The shard's index in the stream (`Shard.index`).
    public let shard: Int
    /// The midpoint of the shard's range: the upper child starts here.
    public let newStartingHashKey: UInt128
    public let reason: Reason

    public var description: String {
        switch reason {
        case .hotShard(let since):
            return "\(time): split shard \(shard) at \(newStartingHashKey) (incoming bytes above half its byte limit since \(since))"
        case .peakHeadroom(let since):
            return "\(time): split shard \(shard) at \(newStartingHashKey) "
                + "(capacity below twice the peak write throughput since \(since))"
        }
    }
}
