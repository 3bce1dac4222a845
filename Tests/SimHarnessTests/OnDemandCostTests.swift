@testable import Metrics
import SimKernel
import StreamModel
import Testing

/// The same traffic priced in on-demand mode: each record written rounded up to 1 KiB, reads as
/// returned, GB = 2^30 bytes, one stream-hour per billed hour, extrapolated to 730 h.
@Suite("On-demand cost")
struct OnDemandCostTests {
    typealias F = MetricsFixtures
    static let kiBPerGB: UInt64 = 1 << 20
    static let bytesPerGB: UInt64 = 1 << 30

    /// AWS's example: a 4.5 KB record counts as 5 KB (1 KB = 1,024 bytes).
    @Test func eachRecordWrittenIsRoundedUpToAKiB() {
        var metrics = F.metrics(shards: 1)
        for (index, bytes) in [1, 1_024, 1_025, 4_608].enumerated() {
            F.accept(&metrics, shard: 0, bytes: Int64(bytes), ms: Int64(index))
        }
        #expect(metrics.onDemandWrittenKiB == 1 + 1 + 2 + 5)
    }

    /// One hour, 1 GB written, 2 GB polled, 3 GB pushed, at list prices:
    /// 0.04 + 1 × 0.08 + 2 × 0.04 + 3 × 0.05.
    @Test func anHourOfTrafficAtListPrices() {
        let cost = OnDemandCost(writtenKiB: Self.kiBPerGB, readBytes: 2 * Self.bytesPerGB, fanOutReadBytes: 3 * Self.bytesPerGB,
                                billed: .hours(1), prices: StreamPrices())
        #expect(cost.streamHours == 1)
        #expect(cost.writtenGB == 1 && cost.readGB == 2 && cost.fanOutReadGB == 3)
        #expect(abs(cost.runUSD - 0.35) < 1e-12)
        #expect(abs(cost.monthlyUSD - 0.35 * 730) < 1e-9)
    }

    /// A GB is 2^30 bytes, not 10^9: a billion bytes is 0.93 GB.
    @Test func aGBIsTwoToTheThirtyBytes() {
        let cost = OnDemandCost(writtenKiB: 0, readBytes: 1_000_000_000, fanOutReadBytes: 0, billed: .hours(1),
                                prices: StreamPrices())
        #expect(abs(cost.readGB - 0.931_322_574_615_478_5) < 1e-15)
    }

    /// Half an hour of an idle stream costs half a stream-hour, and a month 730 stream-hours.
    @Test func aShorterRunExtrapolatesByItsDuration() {
        let prices = StreamPrices(onDemandStreamHourUSD: 1)
        let cost = OnDemandCost(writtenKiB: 0, readBytes: 0, fanOutReadBytes: 0, billed: .minutes(30), prices: prices)
        #expect(cost.runUSD == 0.5)
        #expect(cost.monthlyUSD == 730)
        let empty = OnDemandCost(writtenKiB: 0, readBytes: 0, fanOutReadBytes: 0, billed: .zero, prices: prices)
        #expect(empty.monthlyUSD == 0)
    }

    /// Bytes read are those successful GetRecords calls returned and fan-out events pushed, summed
    /// over consumers; a throttled call reads nothing.
    @Test func readsAreWhatCallsReturnedAndEventsPushed() {
        var metrics = RunMetrics(shardCount: 1, consumerCount: 2, writeRecordsPerSecond: F.recordsPerSecond,
                                 writeBytesPerSecond: F.bytesPerSecond)
        let returned = GetRecordsReturn(records: 2, bytes: 700, iteratorAgeMs: 0, millisBehindLatest: 0)
        metrics.recordGetRecords(consumer: 0, shard: 0, returned, now: F.at(ms: 0))
        metrics.recordGetRecords(consumer: 0, shard: 0, returned, now: F.at(ms: 1_000))
        metrics.recordThrottledGetCall(consumer: 0, shard: 0, now: F.at(ms: 1_100))
        metrics.recordPushEvent(consumer: 1, records: 3, bytes: 900, millisBehindLatest: 0, now: F.at(ms: 500))
        #expect(metrics.consumers[0].getRecordsBytes == 1_400 && metrics.consumers[0].pushedBytes == 0)
        #expect(metrics.consumers[1].getRecordsBytes == 0 && metrics.consumers[1].pushedBytes == 900)
        let cost = metrics.onDemandCost(prices: StreamPrices(), emissionEnd: .zero + .hours(1))
        #expect(cost.readGB == 1_400 / Double(Self.bytesPerGB))
        #expect(cost.fanOutReadGB == 900 / Double(Self.bytesPerGB))
    }
}
