import SimKernel

/// Why a resharding operation was refused (the stream is unchanged).
public enum ReshardRejected: Error, Equatable, Sendable, CustomStringConvertible {
    /// `ResourceNotFoundException`: no shard with that number.
    case noSuchShard(Int)
    /// `ResourceInUseException`: the shard is CLOSED or EXPIRED.
    case notOpen(shard: String, state: ShardState)
    /// `InvalidArgumentException` (RS1): merged shards must have contiguous ranges.
    case notAdjacent(String, String)
    /// `InvalidArgumentException` (RS2): the new starting key must lie inside the range, above its start.
    case splitKeyOutsideRange(shard: String, key: UInt128)
    /// UpdateShardCount refused by its limits (RS9), with the AWS-style reason.
    case updateShardCountRefused(String)
    /// `ResourceInUseException` (RS7, RS8): an earlier resharding call keeps the stream UPDATING.
    case streamUpdating(until: SimTime)

    public var description: String {
        switch self {
        case .noSuchShard(let index):
            return "ResourceNotFoundException: \(Shard<Never>.id(index: index)) does not exist"
        case .notOpen(let shard, let state):
            return "ResourceInUseException: \(shard) is \(state), only OPEN shards can be resharded"
        case .notAdjacent(let first, let second):
            return "InvalidArgumentException: \(first) and \(second) are not adjacent (their hash ranges do not touch)"
        case .splitKeyOutsideRange(let shard, let key):
            return "InvalidArgumentException: NewStartingHashKey \(key) is not inside \(shard) above its start"
        case .updateShardCountRefused(let reason):
            return reason
        case .streamUpdating(let until):
            return "ResourceInUseException: the stream is UPDATING until t=\(until) after an earlier resharding call"
        }
    }
}

/// Resharding (RS1–RS6, RS10): the parent becomes CLOSED at once and keeps its records, which
/// stay readable until retention expires them; new writes route to the children by hash key.
/// Children take the next unused shard numbers and record their parents. Calls take effect at
/// once and leave the stream UPDATING for a while (RS7, `DataStream+Status`).
extension DataStream {
    /// SplitShard: `[start, key − 1]` and `[key, end]` become two children (RS1, RS2).
    /// `byService` marks an on-demand split, which is not a call and ignores the UPDATING status.
    /// - Returns: the children's indexes.
    @discardableResult
    public mutating func splitShard(_ index: Int, at newStartingHashKey: UInt128, now: SimTime,
                                    byService: Bool = false) throws(ReshardRejected) -> [Int] {
        if !byService { try requireActive(at: now) }
        let range = try openShard(index).range
        guard newStartingHashKey > range.start && newStartingHashKey <= range.end else {
            throw .splitKeyOutsideRange(shard: Shard<Payload>.id(index: index), key: newStartingHashKey)
        }
        let ranges = [HashKeyRange(start: range.start, end: newStartingHashKey - 1),
                      HashKeyRange(start: newStartingHashKey, end: range.end)]
        return replace([index], by: ranges.map { ($0, [index]) }, now: now, call: !byService)
    }

    /// MergeShards: two adjacent OPEN shards become one child; `index` is its `ParentShardId`,
    /// `adjacent` its `AdjacentParentShardId` (RS1, RS3).
    @discardableResult
    public mutating func mergeShards(_ index: Int, _ adjacent: Int, now: SimTime) throws(ReshardRejected) -> Int {
        try requireActive(at: now)
        let (first, second) = (try openShard(index).range, try openShard(adjacent).range)
        let (lower, upper) = first.start < second.start ? (first, second) : (second, first)
        guard lower.end < UInt128.max && lower.end + 1 == upper.start else {
            throw .notAdjacent(Shard<Payload>.id(index: index), Shard<Payload>.id(index: adjacent))
        }
        return replace([index, adjacent], by: [(HashKeyRange(start: lower.start, end: upper.end), [index, adjacent])],
                       now: now, call: true)[0]
    }

    /// UpdateShardCount's uniform scaling: every OPEN shard closes and `target` children split
    /// the space evenly; each child's parents are the closed shards its range overlaps. (AWS goes
    /// through short-lived intermediate shards; the end state and the ordering duty are the same.)
    /// The RS9 limits are the caller's to check, after `status(at:)`.
    @discardableResult
    public mutating func updateShardCount(target: Int, now: SimTime) throws(ReshardRejected) -> [Int] {
        try requireActive(at: now)
        let closing = openShards
        let children = HashKeyRange.evenSplit(count: target).map { range in
            (range, closing.filter { shardList[$0].range.overlaps(range) })
        }
        return replace(closing, by: children, now: now, call: true)
    }

    /// Closes `parents` and opens `children` in their place; returns the children's indexes. A
    /// `call` leaves the stream UPDATING.
    mutating func replace(_ parents: [Int], by children: [(range: HashKeyRange, parents: [Int])], now: SimTime,
                          call: Bool) -> [Int] {
        if call { updatingUntil = now + limits.updatingDuration }
        let created = Array(shardList.count..<(shardList.count + children.count))
        for (index, child) in zip(created, children) {
            shardList.append(Shard(index: index, range: child.range, limits: limits, openedAt: now, parents: child.parents))
            for reader in cursors.indices { cursors[reader].append(ReaderCursor(position: 0)) }
        }
        for parent in parents {
            shardList[parent].close(at: now, children: created.filter { shardList[$0].parents.contains(parent) })
        }
        openShards = (openShards.filter { !parents.contains($0) } + created).sorted {
            shardList[$0].range.start < shardList[$1].range.start
        }
        openStarts = openShards.map { shardList[$0].range.start }
        return created
    }

    /// The shard at `index`, if it exists and is OPEN.
    func openShard(_ index: Int) throws(ReshardRejected) -> Shard<Payload> {
        guard shardList.indices.contains(index) else { throw .noSuchShard(index) }
        guard shardList[index].state == .open else { throw .notOpen(shard: shardList[index].id, state: shardList[index].state) }
        return shardList[index]
    }
}
