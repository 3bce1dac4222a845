import Testing
import SimKernel
@testable import StreamModel

/// Resharding (§7, RS1–RS3, RS5, RS9, RS10, H4): where a split cuts, which merges are allowed,
/// children's numbers and lineage, refusals that leave the stream unchanged, routing of new
/// writes to the children, UpdateShardCount's even layout, and the OPEN shards tiling the
/// hash-key space after every operation.
struct ReshardingTests {
    typealias F = StreamFixture

    static let half = F.key(127)
    static let t = F.at(s: 1)
    /// After the UPDATING status a call at `t` leaves (RS7).
    static let later = F.at(s: 2)

    /// Expects `operation` to be refused with `expected` and the stream to be left as it was.
    func expectRefused(_ expected: ReshardRejected, shards: Int = 2,
                       setUp: (inout DataStream<Int>) throws -> Void = { _ in },
                       _ operation: (inout DataStream<Int>) throws(ReshardRejected) -> Void) throws {
        var stream = F.stream(shards: shards)
        try setUp(&stream)
        let (count, open) = (stream.shards.count, stream.openShardIndexes)
        #expect(stream.reshardRejection(operation) == expected)
        #expect(stream.shards.count == count)
        #expect(stream.openShardIndexes == open)
    }

    // MARK: RS2 split point

    @Test func test_RS2_splitSendsTheNewStartingKeyAndAboveToTheSecondChild() throws {
        var stream = F.stream()
        let key: UInt128 = 1_000
        #expect(try stream.splitShard(0, at: key, now: Self.t) == [1, 2])
        #expect(stream.shards[1].range == HashKeyRange(start: 0, end: key - 1))
        #expect(stream.shards[2].range == HashKeyRange(start: key, end: .max))
        for (hashKey, shard) in [(0, 1), (key - 1, 1), (key, 2), (UInt128.max, 2)] as [(UInt128, Int)] {
            #expect(try stream.route(hashKey, at: Self.t, payload: 0) == shard, "hash key \(hashKey)")
        }
    }

    @Test func test_RS2_splitKeyEqualToTheRangeStartIsRejected() throws {
        try expectRefused(.splitKeyOutsideRange(shard: "shardId-000000000001", key: Self.half)) { stream throws(ReshardRejected) in
            try stream.splitShard(1, at: Self.half, now: Self.t)
        }
    }

    @Test func test_RS2_splitKeyAboveTheRangeIsRejected() throws {
        try expectRefused(.splitKeyOutsideRange(shard: "shardId-000000000000", key: Self.half)) { stream throws(ReshardRejected) in
            try stream.splitShard(0, at: Self.half, now: Self.t)
        }
    }

    @Test func test_RS2_splitKeyEqualToTheRangeEndMakesAOneKeyChild() throws {
        var stream = F.stream(shards: 2)
        let end = Self.half - 1
        #expect(try stream.splitShard(0, at: end, now: Self.t) == [2, 3])
        #expect(stream.shards[2].range == HashKeyRange(start: 0, end: end - 1))
        #expect(stream.shards[3].range == HashKeyRange(start: end, end: end))
        #expect(try stream.route(end, at: Self.t, payload: 0) == 3)
        #expect(try stream.route(end - 1, at: Self.t, payload: 0) == 2)
        #expect(stream.openShardsTileTheSpace)
    }

    // MARK: RS10 numbering, RS3 lineage

    @Test func test_RS10_childrenTakeTheNextShardNumbers() throws {
        var stream = F.stream(shards: 3)
        #expect(try stream.splitShard(1, at: stream.shards[1].range.midpointSplitKey, now: Self.t) == [3, 4])
        #expect(try stream.mergeShards(4, 2, now: F.at(s: 2)) == 5)
        #expect(try stream.splitShard(0, at: 7, now: F.at(s: 3)) == [6, 7])
        #expect(stream.shards.map(\.id).suffix(2) == ["shardId-000000000006", "shardId-000000000007"])
        #expect(stream.shards.map(\.index) == Array(0...7))
    }

    @Test func test_RS3_splitChildrenHaveTheParentOnly() throws {
        var stream = F.stream(shards: 2)
        let children = try stream.splitShard(1, at: stream.shards[1].range.midpointSplitKey, now: Self.t)
        #expect(children.map { stream.shards[$0].parents } == [[1], [1]])
        #expect(stream.shards[1].children == children)
        #expect(stream.shards[0].children.isEmpty && stream.shards[0].parents.isEmpty)
    }

    @Test(arguments: [[0, 1], [1, 0]])
    func test_RS3_mergeChildLineageFollowsTheArgumentOrder(order: [Int]) throws {
        var stream = F.stream(shards: 2)
        let child = try stream.mergeShards(order[0], order[1], now: Self.t)
        #expect(child == 2)
        #expect(stream.shards[child].parents == order)
        #expect(stream.shards[child].range == HashKeyRange(start: 0, end: .max))
        #expect(stream.shards[0].children == [2] && stream.shards[1].children == [2])
        #expect(stream.openShardIndexes == [2])
    }

    // MARK: RS1 merge refusals, RS4 closed shards, unknown shards

    @Test(arguments: [[0, 2], [2, 0]])
    func test_RS1_mergeOfNonAdjacentShardsIsRejected(order: [Int]) throws {
        let ids = order.map { Shard<Int>.id(index: $0) }
        try expectRefused(.notAdjacent(ids[0], ids[1]), shards: 3) { stream throws(ReshardRejected) in
            try stream.mergeShards(order[0], order[1], now: Self.t)
        }
    }

    @Test func test_RS1_mergeOfAShardWithItselfIsRejected() throws {
        try expectRefused(.notAdjacent("shardId-000000000001", "shardId-000000000001")) { stream throws(ReshardRejected) in
            try stream.mergeShards(1, 1, now: Self.t)
        }
    }

    @Test(arguments: [[0, 1], [1, 0]])
    func test_RS4_mergingAClosedShardIsRejected(order: [Int]) throws {
        // Shard 0, adjacent to OPEN shard 1, was split into 2 and 3.
        let splitZero: (inout DataStream<Int>) throws -> Void = { try $0.splitShard(0, at: 5, now: Self.t) }
        try expectRefused(.notOpen(shard: "shardId-000000000000", state: .closed), setUp: splitZero) { stream throws(ReshardRejected) in
            try stream.mergeShards(order[0], order[1], now: Self.later)
        }
    }

    @Test func test_RS4_splittingAClosedShardIsRejected() throws {
        let mergeBoth: (inout DataStream<Int>) throws -> Void = { try $0.mergeShards(0, 1, now: Self.t) }
        try expectRefused(.notOpen(shard: "shardId-000000000001", state: .closed), setUp: mergeBoth) { stream throws(ReshardRejected) in
            try stream.splitShard(1, at: Self.half + 1, now: Self.later)
        }
    }

    @Test(arguments: [-1, 2, 99])
    func test_RS1_anUnknownShardIsRejected(index: Int) throws {
        try expectRefused(.noSuchShard(index)) { stream throws(ReshardRejected) in
            try stream.splitShard(index, at: 1, now: Self.t)
        }
        try expectRefused(.noSuchShard(index)) { stream throws(ReshardRejected) in
            try stream.mergeShards(0, index, now: Self.t)
        }
    }

    // MARK: H4 tiling

    @Test func test_H4_openShardsTileTheHashSpaceAfterEveryOperation() throws {
        var stream = F.stream(shards: 3)
        let steps: [(String, (inout DataStream<Int>, SimTime) throws -> Void)] = [
            ("split 1 at its midpoint", { try $0.splitShard(1, at: $0.shards[1].range.midpointSplitKey, now: $1) }),
            ("merge 4 and 2", { try $0.mergeShards(4, 2, now: $1) }),
            ("split 0 at its end", { try $0.splitShard(0, at: $0.shards[0].range.end, now: $1) }),
            ("merge 7 and 3", { try $0.mergeShards(7, 3, now: $1) }),
            ("update to 5", { try $0.updateShardCount(target: 5, now: $1) }),
            ("update to 3", { try $0.updateShardCount(target: 3, now: $1) }),
            ("split the last at max", { try $0.splitShard($0.openShardIndexes.last!, at: .max, now: $1) }),
        ]
        for (second, (name, step)) in steps.enumerated() {
            try step(&stream, F.at(s: Int64(second)))
            #expect(stream.openShardsTileTheSpace, "after \(name): \(stream.openRanges)")
            stream.checkInvariants()
        }
        #expect(stream.openShardIndexes.count == 4)
    }

    // MARK: RS5 routing after a reshard

    @Test func test_RS5_newWritesRouteToTheChildrenNeverToTheClosedParent() throws {
        var stream = F.stream()
        _ = try stream.put(F.entries(2, bytes: 10, hashKey: Self.half), at: .zero)
        try stream.splitShard(0, at: Self.half, now: Self.t)
        for (hashKey, shard) in [(0, 1), (Self.half - 1, 1), (Self.half, 2), (UInt128.max, 2)] as [(UInt128, Int)] {
            #expect(try stream.route(hashKey, at: Self.t, payload: 0) == shard, "hash key \(hashKey)")
        }
        #expect(stream.nextOffsets == [2, 2, 2])
    }

    @Test func test_RS5_aMergedChildTakesTheWritesOfBothParents() throws {
        var stream = F.stream(shards: 3)
        let child = try stream.mergeShards(2, 1, now: Self.t)
        let boundaries = [stream.shards[1].range.start, stream.shards[1].range.end, stream.shards[2].range.start, UInt128.max]
        for hashKey in boundaries {
            #expect(try stream.route(hashKey, at: Self.t, payload: 0) == child, "hash key \(hashKey)")
        }
        #expect(try stream.route(stream.shards[1].range.start - 1, at: Self.t, payload: 0) == 0)
        #expect(stream.nextOffsets == [1, 0, 0, 4])
    }

    // MARK: RS9 UpdateShardCount

    /// Thirds [0, w), [w, 2w), [2w, max] with the first split at w/2 (open: 3, 4, 1, 2), then
    /// four quarters q. As AWS does it, pairwise: 4 is cut at q (5, 6), 1 at 2q (7, 8), 2 at 3q
    /// (9, 10); then 3 + 5 → 11, 6 + 7 → 12, 8 + 9 → 13, and 10 is already [3q, max]. Every new
    /// shard has at most two parents; 5 to 9 are intermediate: opened and closed in one instant.
    @Test func test_RS9_updateShardCountGoesThroughPairwiseStepsAndNoShardHasMoreThanTwoParents() throws {
        var stream = F.stream(shards: 3)
        try stream.splitShard(0, at: stream.shards[0].range.midpointSplitKey, now: Self.t)
        let now = F.at(s: 2)
        let created = stream.updateShardCount(target: 4, now: now)
        #expect(created == Array(5...13))
        #expect(stream.openShardIndexes == [11, 12, 13, 10])
        let quarter = F.key(126)
        #expect(stream.openShardIndexes.map { stream.shards[$0].range } == [
            HashKeyRange(start: 0, end: quarter - 1), HashKeyRange(start: quarter, end: 2 * quarter - 1),
            HashKeyRange(start: 2 * quarter, end: 3 * quarter - 1), HashKeyRange(start: 3 * quarter, end: .max),
        ])
        #expect([11, 12, 13, 10].map { stream.shards[$0].parents } == [[3, 5], [6, 7], [8, 9], [2]])
        #expect((5...9).allSatisfy { stream.shards[$0].state == .closed && stream.shards[$0].openedAt == now })
        #expect(stream.shards.allSatisfy { $0.parents.count <= 2 })
        #expect(stream.openShardsTileTheSpace)
        stream.checkInvariants()
    }

    /// Five shards to three: the middle third [w, 2w) needs pieces of three old shards, merged
    /// as a chain (6 + 2 → m, m + 7 → final), so it still lists two parents.
    @Test func test_RS9_anUnevenScalingChainsItsMergesToKeepTwoParents() throws {
        var stream = F.stream(shards: 5)
        stream.updateShardCount(target: 3, now: Self.t)
        #expect(stream.openShardIndexes.count == 3)
        #expect(stream.shards.allSatisfy { $0.parents.count <= 2 })
        #expect(stream.openShardIndexes.map { stream.shards[$0].range } == HashKeyRange.evenSplit(count: 3))
        stream.checkInvariants()
    }

    /// A shard whose range already is a target range is left OPEN, untouched.
    @Test func test_RS9_aShardAlreadyATargetRangeStaysOpen() throws {
        var stream = F.stream(shards: 2)
        try stream.splitShard(1, at: stream.shards[1].range.midpointSplitKey, now: Self.t)  // open: 0, 2, 3
        #expect(stream.updateShardCount(target: 2, now: F.at(s: 2)) == [4])
        #expect(stream.openShardIndexes == [0, 4])
        #expect(stream.shards[4].parents == [2, 3])
    }

    /// Ranges that meet exactly at a boundary are not parents: halving 4 shards gives 2 parents
    /// each, doubling 2 gives 1 each.
    @Test func test_RS9_updateShardCountParentsStopAtSharedBoundaries() throws {
        var down = F.stream(shards: 4)
        let merged = down.updateShardCount(target: 2, now: Self.t)
        #expect(merged.map { Set(down.shards[$0].parents) } == [[0, 1], [2, 3]])
        var up = F.stream(shards: 2)
        let split = up.updateShardCount(target: 4, now: Self.t)
        #expect(split.map { up.shards[$0].parents } == [[0], [0], [1], [1]])
    }
}
