import SimKernel

/// A Lambda mapping's invocations: how many, how many failed, the records it gave up on (sent to
/// the on-failure destination), and how long failing batches blocked each shard's lanes.
public struct InvocationMetrics: Sendable {
    public internal(set) var invocations: UInt64 = 0
    public internal(set) var failed: UInt64 = 0
    public internal(set) var recordsInvoked: UInt64 = 0
    public internal(set) var discarded: UInt64 = 0
    /// Per shard: the total time its lanes were blocked, and the longest stretch.
    public internal(set) var blocked: [SimDuration] = []
    public internal(set) var longestBlocked: [SimDuration] = []

    public init() {}

    public var totalBlocked: SimDuration { blocked.reduce(.zero, +) }
    public var longestBlockedOverall: SimDuration { longestBlocked.max() ?? .zero }

    public mutating func recordInvocation(records: Int, failed didFail: Bool) {
        invocations += 1
        recordsInvoked += UInt64(records)
        if didFail { failed += 1 }
    }

    public mutating func recordDiscarded() { discarded += 1 }

    public mutating func recordBlocked(shard: Int, for duration: SimDuration) {
        while blocked.count <= shard {
            blocked.append(.zero)
            longestBlocked.append(.zero)
        }
        blocked[shard] = blocked[shard] + duration
        longestBlocked[shard] = max(longestBlocked[shard], duration)
    }
}
