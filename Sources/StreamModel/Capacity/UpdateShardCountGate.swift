import DequeModule
import SimKernel

/// One stream's admission of `UpdateShardCount` calls (RS9): its mode, the limits, and the
/// times of the scalings it accepted within the rolling window.
///
/// Every scaling of a stream goes through one gate — scheduled `update-shard-count` faults and
/// the autoscaling policy alike — because they share the budget of scalings per window. A
/// scaling accepted at `s` counts at `now` while `now − s < window`: the window is
/// `(now − window, now]`, so one accepted exactly `window` ago no longer counts. Refused calls
/// do not count.
public struct UpdateShardCountGate: Sendable {
    public let mode: StreamMode
    public let limits: UpdateShardCountLimits
    /// Accepted scalings still inside the window, oldest first (at most `scalingsPerWindow`).
    public private(set) var acceptedAt: Deque<SimTime> = []

    public init(mode: StreamMode, limits: UpdateShardCountLimits = UpdateShardCountLimits()) {
        self.mode = mode
        self.limits = limits
    }

    /// Whether UpdateShardCount(`target`) would be accepted at `now` from `openShards` open
    /// shards; nothing is recorded. Checks, in order: mode, scalings per window, size rules.
    public func check(target: Int, openShards: Int, now: SimTime) -> Result<UniformScaling, UpdateShardCountRejection> {
        guard mode == .provisioned else { return .failure(.onDemandStream) }
        let recent = acceptedAt.drop(while: { now - $0 >= limits.window })
        if recent.count >= limits.scalingsPerWindow, let oldest = recent.first {
            return .failure(.tooManyScalings(limit: limits.scalingsPerWindow, window: limits.window,
                                             retryAt: oldest + limits.window))
        }
        if let problem = limits.sizeProblem(target: target, openShards: openShards) { return .failure(problem) }
        return .success(UniformScaling(from: openShards, target: target))
    }

    /// `check`, and on success records the scaling at `now`.
    /// - Precondition: `now` is not before the last accepted scaling.
    public mutating func admit(target: Int, openShards: Int, now: SimTime) -> Result<UniformScaling, UpdateShardCountRejection> {
        let outcome = check(target: target, openShards: openShards, now: now)
        guard case .success = outcome else { return outcome }
        modelPrecondition(acceptedAt.last.map { $0 <= now } ?? true, "UpdateShardCount admitted at \(now), before \(acceptedAt.last!)")
        while let oldest = acceptedAt.first, now - oldest >= limits.window { acceptedAt.removeFirst() }
        acceptedAt.append(now)
        return outcome
    }
}

/// An accepted `UpdateShardCount`: uniform scaling from `from` open shards to `target`.
public struct UniformScaling: Equatable, Sendable {
    public let from: Int
    public let target: Int

    /// The hash-key ranges of the open shards after the scaling: the space split evenly into
    /// `target` contiguous ranges, as a new stream of `target` shards has them (H5). The stream
    /// closes its open shards and opens children over these ranges.
    public var ranges: [HashKeyRange] { HashKeyRange.evenSplit(count: target) }
}
