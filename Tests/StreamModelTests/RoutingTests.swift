import Testing
import SimKernel
@testable import StreamModel

/// Routing (§2, H2, H4, H5): MD5 hash keys, an even initial split, shard ids.
struct RoutingTests {
    @Test(arguments: [1, 2, 3, 4, 5, 7, 16, 100, 1_000])
    func test_H5_evenSplitCoversTheSpaceContiguouslyWithoutOverlap(count: Int) {
        let ranges = HashKeyRange.evenSplit(count: count)
        #expect(ranges.count == count)
        #expect(ranges.first?.start == 0)
        #expect(ranges.last?.end == .max)
        for (lower, upper) in zip(ranges, ranges.dropFirst()) {
            #expect(lower.start <= lower.end)
            #expect(upper.start == lower.end + 1)
        }
    }

    @Test(arguments: [1, 2, 3, 7, 16])
    func test_H4_everyHashKeyBelongsToExactlyOneShard(count: Int) {
        let stream = DataStream<Int>(shardCount: count, limits: StreamLimits())
        var keys: [UInt128] = [0, .max]
        for shard in stream.shards {
            keys += [shard.range.start, shard.range.end]
            if shard.range.end < .max { keys.append(shard.range.end + 1) }
        }
        for key in keys {
            #expect(stream.shards.filter { $0.range.contains(key) }.count == 1, "key \(key)")
        }
        stream.checkInvariants()
    }

    @Test(arguments: [3, 5, 7, 100, 1_000])
    func test_H5_evenSplitRangesAreEqualAndTheLastAbsorbsTheRemainder(count: Int) {
        checkEqualSplit(count: count)
    }

    @Test(arguments: [2, 4, 16])
    func test_H5_evenSplitRangesAreEqualForPowersOfTwo(count: Int) {
        checkEqualSplit(count: count)
    }

    @Test
    func test_H5_twoShardBoundaryMatchesAWS() {
        let ranges = HashKeyRange.evenSplit(count: 2)
        #expect(ranges[0].end == UInt128(1) << 127 - 1)
        #expect(ranges[1].start == UInt128(1) << 127)
    }

    /// Every range but the last is `⌊2^128 / N⌋` wide; the last adds the remainder `2^128 mod N`.
    func checkEqualSplit(count: Int) {
        let ranges = HashKeyRange.evenSplit(count: count)
        let n = UInt128(count)
        // 2^128 = max + 1, so ⌊2^128 / N⌋ and 2^128 mod N come from max without overflow.
        let (quotient, remainder) = UInt128.max.quotientAndRemainder(dividingBy: n)
        let width = remainder == n - 1 ? quotient + 1 : quotient
        let extra = remainder == n - 1 ? 0 : remainder + 1
        for range in ranges.dropLast() {
            #expect(range.end - range.start + 1 == width)
        }
        #expect(ranges.last!.end - ranges.last!.start == width - 1 + extra)
    }

    @Test func test_H2_hashKeyIsBigEndianMD5() {
        #expect(PartitionKeyHash.hashKey(for: "abc") == 0x9001_5098_3cd2_4fb0_d696_3f7d_28e1_7f72)
        #expect(PartitionKeyHash.hashKey(for: "") == 0xd41d_8cd9_8f00_b204_e980_0998_ecf8_427e)
    }

    @Test func test_H2_hashKeyUsesUTF8Bytes() {
        // "é" precomposed is C3 A9; decomposed it is 65 CC 81: different bytes, different keys.
        #expect(PartitionKeyHash.hashKey(for: "\u{E9}") == 0x66dd_cd97_cfde_abb2_f6fb_8a99_9b4b_c76f)
        #expect(PartitionKeyHash.hashKey(for: "\u{65}\u{301}") == 0x5526_861f_bb1e_71a1_bda6_ac36_4310_a807)
    }

    @Test(arguments: [1, 2, 3, 8, 13])
    func test_H2_shardIndexAgreesWithLinearScan(count: Int) {
        let stream = DataStream<Int>(shardCount: count, limits: StreamLimits())
        var keys: [UInt128] = [0, 1, .max, .max - 1]
        for shard in stream.shards {
            keys += [shard.range.start, shard.range.end]
            if shard.range.start > 0 { keys.append(shard.range.start - 1) }
        }
        var random = SimRandom(seed: UInt64(count))
        for _ in 0..<500 { keys.append(UInt128(random.next()) << 64 | UInt128(random.next())) }
        for text in ["abc", "device-1", "gw-0007", "temperature-000042"] {
            keys.append(PartitionKeyHash.hashKey(for: text))
        }
        for key in keys {
            let linear = stream.shards.firstIndex { $0.range.contains(key) }
            #expect(stream.shardIndex(for: key) == linear, "key \(key)")
        }
    }

    @Test func test_H2_putRecordsRoutesByHashKey() throws {
        var stream = DataStream<Int>(shardCount: 4, limits: StreamLimits())
        let keys = stream.shards.map { $0.range.end }
        let outcome = try stream.put(keys.enumerated().map { StreamFixture.entry(bytes: 10, hashKey: $1, payload: $0) },
                                     at: .zero)
        #expect(outcome.results == (0..<4).map { .accepted(shard: Int32($0), offset: 0) })
    }

    @Test func test_H5_shardIdsAreZeroPaddedToTwelveDigits() {
        let stream = DataStream<Int>(shardCount: 3, limits: StreamLimits())
        #expect(stream.shards.map(\.id) == ["shardId-000000000000", "shardId-000000000001", "shardId-000000000002"])
        #expect(Shard<Int>.id(index: 12_345) == "shardId-000000012345")
        #expect(Shard<Int>.id(index: 999_999_999_999) == "shardId-999999999999")
    }
}
