import Testing
import SimKernel
@testable import StreamModel

/// On-demand mode: C2 (starts at 4 shards), W3 (per-shard limits unchanged), C4 (a shard above
/// 500 KB/s, half its byte limit, for the split delay is split at its midpoint; records do not
/// count; hot keys are not isolated),
/// C3 (capacity for twice the peak per-minute throughput).
struct OnDemandScalerTests {
    typealias D = OnDemandDriver

    @Test func test_C2_anOnDemandStreamStartsAtFourShards() {
        #expect(OnDemandPolicy.initialShards == 4)
        #expect(OnDemandPolicy().splitDelay == .minutes(15))
        #expect(D().open.map(\.range) == HashKeyRange.evenSplit(count: 4))
    }

    @Test func test_C4_halfTheByteLimitIsNotHotOneMoreByteIsAndRecordsDoNotCount() {
        let scaler = OnDemandScaler(policy: OnDemandPolicy(), limits: StreamLimits())
        let range = HashKeyRange(start: 0, end: .max)
        func hot(records: Int64, bytes: Int64) -> Bool {
            scaler.isHot(ShardWriteSample(shard: 0, range: range, records: records, bytes: bytes))
        }
        #expect(!hot(records: 500, bytes: 524_288))  // exactly 50% of 1 MiB/s: "exceeds 500 KB/s" is strict
        #expect(!hot(records: 1_000, bytes: 100_000))  // at the record limit, but bytes decide
        #expect(hot(records: 1, bytes: 524_289))
    }

    @Test func test_C4_aShardHotForExactlyTheDelayIsSplitAtItsMidpoint() throws {
        var driver = D(bytesPerRecord: 1_024)
        let hotOnly1: D.Load = { shard, _, _ in shard == 1 ? 513 : 400 }  // 525,312 bytes/s against 409,600
        #expect(driver.seconds(899, hotOnly1).isEmpty)
        let split = try #require(driver.second(hotOnly1).first)
        let range = HashKeyRange.evenSplit(count: 4)[1]
        #expect(split == SplitDecision(time: .zero + .minutes(15), shard: 1, newStartingHashKey: range.start + (UInt128(1) << 125),
                                       reason: .hotShard(since: .zero)))
        #expect(driver.open.map(\.shard) == [0, 4, 5, 2, 3])
    }

    @Test func test_C4_aSecondAtHalfTheByteLimitRestartsTheDelay() {
        var driver = D(splitDelay: .seconds(60), bytesPerRecord: 1_024)
        let hot: D.Load = { shard, _, _ in shard == 0 ? 1_000 : 0 }
        #expect(driver.seconds(59, hot).isEmpty)
        #expect(driver.second { _, _, _ in 512 }.isEmpty)  // 524,288 bytes: exactly half
        #expect(driver.seconds(59, hot).isEmpty)
        #expect(driver.second(hot).map(\.reason) == [.hotShard(since: .zero + .seconds(60))])
    }

    /// A single hot key keeps one child hot: that child, a new shard, waits a full delay of its
    /// own; the cold child is never split; nothing is split twice in one instant.
    @Test func test_C4_aHotKeyIsNotIsolatedItsChildIsSplitAgainAfterAnotherDelay() {
        var driver = D(splitDelay: .seconds(100), bytesPerRecord: 1_024)
        let key = UInt128(7) << 124  // in shard 1 = [4, 8) × 2^124, always in the upper child
        let load = D.hotKey(key, 5_000)
        #expect(driver.seconds(99, load).isEmpty)
        #expect(driver.second(load).map(\.shard) == [1])  // at 100 s → children 4, 5; the key is in 5
        #expect(driver.seconds(99, load).isEmpty)
        #expect(driver.second(load).map(\.shard) == [5])  // at 200 s
        #expect(driver.seconds(100, load).map(\.shard) == [7])  // at 300 s
        #expect(driver.splits.map(\.time) == [100, 200, 300].map { SimTime.zero + .seconds($0) })
        #expect(driver.open.count == 7)
        let hotShard = driver.open.first { $0.range.contains(key) }!
        #expect(hotShard.range.end - hotShard.range.start + 1 == UInt128(1) << 123)
    }

    /// Shards never above half their limit for long, but 40 s a minute at full load: capacity
    /// (4 × 60,000 records a minute) is below twice the peak minute (320,000) from the first
    /// minute's end, so after the delay the two busiest shards are split (ties: lowest index).
    @Test func test_C3_capacityBelowTwiceThePeakSplitsTheBusiestShardsAfterTheDelay() {
        var driver = D()
        let load: D.Load = { shard, range, second in second % 60 < 40 ? D.even(4_000)(shard, range, second) : 0 }
        #expect(driver.seconds(959, load).isEmpty)
        #expect(driver.scaler.peakMinute == WriteTotal(records: 160_000, bytes: 16_000_000))
        let splits = driver.second(load)
        #expect(splits.map(\.shard) == [0, 1])
        #expect(splits.allSatisfy { $0.reason == .peakHeadroom(since: .zero + .seconds(60)) && $0.time == .zero + .seconds(960) })
        // Six shards now hold 2 × 320,000 / 2 per minute: no more splits.
        #expect(driver.seconds(3_600, load).isEmpty)
        #expect(driver.open.count == 6)
    }

    @Test func test_C3_exactlyTwiceThePeakNeedsNoSplit() {
        var driver = D(splitDelay: .seconds(60))
        // 30 s a minute at full load: twice the peak minute is 240,000 records, the capacity exactly.
        let load: D.Load = { _, _, second in second % 60 < 30 ? 1_000 : 0 }
        #expect(driver.seconds(600, load).isEmpty)
    }

    /// A shard due under both rules at once is split once: the hot rule takes it, the peak rule
    /// the next busiest.
    @Test func test_C3_andC4DueTogetherSplitEachShardOnce() {
        var driver = D(bytesPerRecord: 1_024)
        driver.seconds(60) { shard, _, _ in shard == 0 ? 0 : 1_000 }  // peak minute 180,000: six shards needed
        #expect(driver.seconds(899) { shard, _, _ in shard == 0 ? 1_000 : 0 }.isEmpty)
        let splits = driver.second { shard, _, _ in shard == 0 ? 1_000 : 0 }
        #expect(splits.map(\.shard) == [0, 1])
        #expect(splits.map(\.reason) == [.hotShard(since: .zero + .seconds(60)), .peakHeadroom(since: .zero + .seconds(60))])
    }

    /// A saturated stream (demand 10,000 records/s of 100 bytes, 2.5× its capacity) grows one
    /// delay at a time until capacity covers twice the peak minute. No shard is ever hot by bytes
    /// (100 KB/s at most), so every split is the peak rule's: 4 → 8 a delay after the first
    /// minute showed the shortfall, 8 → 16 a delay after the next minute's higher peak, then
    /// 16 → 20 once the peak is the demand itself.
    @Test func test_C3_aSaturatedStreamOfSmallRecordsGrowsByThePeakRuleUntilDemandFits() {
        var driver = D()
        driver.seconds(4 * 3_600, D.even(10_000))
        #expect(driver.splits.allSatisfy { if case .peakHeadroom = $0.reason { true } else { false } })
        let splitsAt = Dictionary(grouping: driver.splits) { $0.time.nanoseconds / 1_000_000_000 }.mapValues(\.count)
        #expect(splitsAt == [960: 4, 1_920: 8, 2_880: 4])
        #expect(driver.scaler.peakMinute.records == 600_000)
        #expect(driver.open.count == 20)  // 2 × 600,000 / 60,000 per shard-minute
    }

    /// A second the world did not report would break a hot streak unseen: it stops instead.
    @Test func aSkippedSecondStops() async {
        await #expect(processExitsWith: .failure) {
            var scaler = OnDemandScaler(policy: OnDemandPolicy(), limits: StreamLimits())
            let sample = ShardWriteSample(shard: 0, range: HashKeyRange(start: 0, end: .max), records: 0, bytes: 0)
            _ = scaler.endOfSecond([sample], now: .zero + .seconds(1))
            _ = scaler.endOfSecond([sample], now: .zero + .seconds(3))
        }
    }

    @Test func midpointSplitKeyHalvesTheRange() {
        #expect(HashKeyRange(start: 0, end: .max).midpointSplitKey == UInt128(1) << 127)
        #expect(HashKeyRange(start: 10, end: 13).midpointSplitKey == 12)  // 10, 11 | 12, 13
        #expect(HashKeyRange(start: 10, end: 14).midpointSplitKey == 13)  // 10, 11, 12 | 13, 14
        #expect(HashKeyRange(start: 7, end: 8).midpointSplitKey == 8)
        #expect(!HashKeyRange(start: 7, end: 7).isSplittable)
    }
}
