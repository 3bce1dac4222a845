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
    /// `ValidationException`: the operation (SplitShard, MergeShards) is for provisioned streams only.
    case provisionedOnly(String)

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
        case .provisionedOnly(let operation):
            return "ValidationException: \(operation) is only supported for streams in provisioned mode"
        }
    }
}

/// Resharding's effect (RS1–RS6, RS10), applied when a call completes (`DataStream+ReshardCalls`)
/// or at once for the service's own on-demand splits: the parent becomes CLOSED and keeps its
/// records, which stay readable until retention expires them; new writes route to the children by
/// hash key. Children take the next unused shard numbers and record their parents.
extension DataStream {
    /// SplitShard: `[start, key − 1]` and `[key, end]` become two children (RS1, RS2).
    /// - Returns: the children's indexes.
    @discardableResult
    public mutating func splitShard(_ index: Int, at newStartingHashKey: UInt128, now: SimTime) throws(ReshardRejected) -> [Int] {
        let ranges = try splitRanges(index, at: newStartingHashKey)
        return replace([index], by: ranges.map { ($0, [index]) }, now: now)
    }

    /// MergeShards: two adjacent OPEN shards become one child; `index` is its `ParentShardId`,
    /// `adjacent` its `AdjacentParentShardId` (RS1, RS3).
    @discardableResult
    public mutating func mergeShards(_ index: Int, _ adjacent: Int, now: SimTime) throws(ReshardRejected) -> Int {
        let range = try mergedRange(index, adjacent)
        return replace([index, adjacent], by: [(range, [index, adjacent])], now: now)[0]
    }

    /// UpdateShardCount's uniform scaling as AWS performs it: splits and merges of individual
    /// shards, each pairwise (RS1), so a new shard lists at most two parents (RS9). Each OPEN
    /// shard is split at every target boundary inside it, lowest first; then the pieces of each
    /// target range are merged from the left. Pieces that are not target shards are AWS's
    /// short-lived intermediate shards: created and closed in the same instant, and empty, since
    /// writes go to the parents until the call completes. An OPEN shard whose range is already a
    /// target range stays OPEN. The RS9 limits are the caller's to check.
    /// - Returns: every shard created, intermediates included, in creation order.
    @discardableResult
    public mutating func updateShardCount(target: Int, now: SimTime) -> [Int] {
        let first = shardList.count
        let targets = HashKeyRange.evenSplit(count: target)
        let boundaries = targets.map(\.start)
        var pieces: [Int] = []
        for shard in openShards {
            pieces += cut(shard, at: boundaries, now: now)
        }
        var next = 0
        for range in targets {
            var merged = pieces[next]
            next += 1
            while next < pieces.count && shardList[pieces[next]].range.end <= range.end {
                merged = spawn([merged, pieces[next]], by: [(HashKeyRange(start: shardList[merged].range.start,
                                                                            end: shardList[pieces[next]].range.end),
                                                               [merged, pieces[next]])], now: now)[0]
                next += 1
            }
        }
        reopen(adding: Array(first..<shardList.count))
        return Array(first..<shardList.count)
    }

    /// Splits `shard` at each of `keys` that lies inside its range above its start, lowest first.
    /// - Returns: the pieces in hash order (the shard itself when no key cuts it).
    mutating func cut(_ shard: Int, at keys: [UInt128], now: SimTime) -> [Int] {
        var pieces: [Int] = []
        var rest = shard
        for key in keys where shardList[rest].range.canSplit(at: key) {
            let children = spawn([rest], by: shardList[rest].range.split(at: key).map { ($0, [rest]) }, now: now)
            pieces.append(children[0])
            rest = children[1]
        }
        return pieces + [rest]
    }

    /// RS2: the children's ranges when `index` splits at `newStartingHashKey`.
    func splitRanges(_ index: Int, at newStartingHashKey: UInt128) throws(ReshardRejected) -> [HashKeyRange] {
        let range = try openShard(index).range
        guard range.canSplit(at: newStartingHashKey) else {
            throw .splitKeyOutsideRange(shard: Shard<Payload>.id(index: index), key: newStartingHashKey)
        }
        return range.split(at: newStartingHashKey)
    }

    /// RS1: the child's range when `index` and `adjacent` merge; they must touch.
    func mergedRange(_ index: Int, _ adjacent: Int) throws(ReshardRejected) -> HashKeyRange {
        let (first, second) = (try openShard(index).range, try openShard(adjacent).range)
        let (lower, upper) = first.start < second.start ? (first, second) : (second, first)
        guard lower.end < UInt128.max && lower.end + 1 == upper.start else {
            throw .notAdjacent(Shard<Payload>.id(index: index), Shard<Payload>.id(index: adjacent))
        }
        return HashKeyRange(start: lower.start, end: upper.end)
    }

    /// Closes `parents` and opens `children` in their place; returns the children's indexes.
    mutating func replace(_ parents: [Int], by children: [(range: HashKeyRange, parents: [Int])], now: SimTime) -> [Int] {
        let created = spawn(parents, by: children, now: now)
        reopen(adding: created)
        return created
    }

    /// Appends `children` and closes `parents`, leaving the routing table to `reopen`, so that a
    /// chain of steps (UpdateShardCount) rebuilds it once.
    mutating func spawn(_ parents: [Int], by children: [(range: HashKeyRange, parents: [Int])], now: SimTime) -> [Int] {
        let created = Array(shardList.count..<(shardList.count + children.count))
        for (index, child) in zip(created, children) {
            shardList.append(Shard(index: index, range: child.range, limits: limits, openedAt: now, parents: child.parents))
            for reader in cursors.indices { cursors[reader].append(ReaderCursor(position: 0)) }
        }
        for parent in parents {
            shardList[parent].close(at: now, children: created.filter { shardList[$0].parents.contains(parent) })
        }
        return created
    }

    /// Rebuilds the routing table: the shards still OPEN among the old ones and `created`, in hash order.
    mutating func reopen(adding created: [Int]) {
        openShards = (openShards + created).filter { shardList[$0].state == .open }.sorted {
            shardList[$0].range.start < shardList[$1].range.start
        }
        openStarts = openShards.map { shardList[$0].range.start }
    }

    /// The shard at `index`, if it exists and is OPEN.
    func openShard(_ index: Int) throws(ReshardRejected) -> Shard<Payload> {
        guard shardList.indices.contains(index) else { throw .noSuchShard(index) }
        guard shardList[index].state == .open else { throw .notOpen(shard: shardList[index].id, state: shardList[index].state) }
        return shardList[index]
    }
}
