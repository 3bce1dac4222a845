import SimKernel

/// The limits of `UpdateShardCount` (RS9, API-USC): at most `scalingsPerWindow` scalings in any
/// rolling `window`, a target within [½×, 2×] of the current open shards, and at most
/// `maxShards` shards.
///
/// The ½× bound is checked exactly, `2 × target ≥ open`, with no rounding: AWS refuses a
/// target "below half your current shard count", and for an odd count such as 5, half is 2.5,
/// so 3 is allowed and 2 is not. The smallest allowed target is therefore ⌈open / 2⌉.
public struct UpdateShardCountLimits: Equatable, Sendable {
    /// Scalings accepted in any rolling `window` (10 today; the 2022 guide said 2).
    public var scalingsPerWindow: Int
    public var window: SimDuration
    /// Shards per stream.
    public var maxShards: Int

    public init(scalingsPerWindow: Int = 10, window: SimDuration = .hours(24), maxShards: Int = 10_000) {
        modelPrecondition(scalingsPerWindow >= 1 && window > .zero && maxShards >= 1,
                     "UpdateShardCount limits must be positive: \(scalingsPerWindow) per \(window), \(maxShards) shards")
        self.scalingsPerWindow = scalingsPerWindow
        self.window = window
        self.maxShards = maxShards
    }

    /// The targets allowed from `openShards` by the size rules alone: [⌈open/2⌉, min(2·open, maxShards)].
    /// - Precondition: `1 <= openShards <= maxShards`.
    public func allowedTargets(openShards: Int) -> ClosedRange<Int> {
        modelPrecondition(openShards >= 1 && openShards <= maxShards,
                     "\(openShards) open shards outside 1...\(maxShards)")
        return (openShards + 1) / 2 ... min(2 * openShards, maxShards)
    }

    /// Why `target` breaks a size rule from `openShards`, or nil if it breaks none.
    func sizeProblem(target: Int, openShards: Int) -> UpdateShardCountRejection? {
        if target > maxShards { return .aboveShardLimit(target: target, limit: maxShards) }
        if target > 2 * openShards { return .aboveDouble(target: target, openShards: openShards) }
        if 2 * target < openShards { return .belowHalf(target: target, openShards: openShards) }
        return nil
    }
}
