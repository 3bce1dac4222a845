@testable import Metrics
import SimKernel
import StreamModel
import Testing

/// run_usd = shard-hours × shardHour + payload units / 10^6 × putPayloadUnitPerMillion;
/// monthly_usd = run_usd × 730 h / emission duration.
@Suite("Cost estimate")
struct CostEstimateTests {
    typealias F = MetricsFixtures
    static let listPrices = StreamPrices()
    static let nanosecondsPerHour: Int128 = 3_600_000_000_000

    @Test func twoShardHoursAndAMillionUnits() {
        let cost = CostEstimate(openShardNanoseconds: 2 * Self.nanosecondsPerHour, putPayloadUnits: 1_000_000,
                                billed: .hours(1), prices: Self.listPrices)
        #expect(cost.shardHours == 2)
        #expect(abs(cost.runUSD - 0.044) < 1e-12)
        #expect(abs(cost.monthlyUSD - 0.044 * 730) < 1e-9)
    }

    /// 16 shards for an hour and 18.72 M records of under 25 KB: the figure the README shows for
    /// the 10k-device scenario (16 × 0.015 × 730 + 18.72 × 0.014 × 730).
    @Test func theTenThousandDeviceHour() {
        let cost = CostEstimate(openShardNanoseconds: 16 * Self.nanosecondsPerHour, putPayloadUnits: 18_720_000,
                                billed: .hours(1), prices: Self.listPrices)
        #expect(abs(cost.monthlyUSD - 366.5184) < 1e-9)
    }

    /// Half an hour's cost is doubled, and more, to a month: 730 h / 0.5 h.
    @Test func aShorterRunExtrapolatesByItsDuration() {
        let prices = StreamPrices(shardHourUSD: 1, putPayloadUnitPerMillionUSD: 0)
        let cost = CostEstimate(openShardNanoseconds: Self.nanosecondsPerHour / 2, putPayloadUnits: 0,
                                billed: .minutes(30), prices: prices)
        #expect(cost.runUSD == 0.5)
        #expect(cost.monthlyUSD == 730)
    }

    /// Payload units round each record up to 25 KB (25,000 bytes).
    @Test func payloadUnitsRoundEachRecordUp() {
        var metrics = F.metrics(shards: 1)
        for (index, bytes) in [1, 25_000, 25_001, 50_001].enumerated() {
            F.accept(&metrics, shard: 0, bytes: Int64(bytes), ms: Int64(index))
        }
        #expect(metrics.putPayloadUnits == 1 + 1 + 2 + 3)
    }

    /// The emission period is billed: a shard closed halfway bills half, one opened in the drain
    /// bills nothing.
    @Test func reshardedShardsBillOnlyWhileOpenInTheEmissionPeriod() {
        var metrics = F.metrics(shards: 1)
        metrics.closeShard(0, at: .zero + .minutes(30))
        metrics.addShard(openedAt: .zero + .minutes(30))
        metrics.addShard(openedAt: .zero + .minutes(70))
        metrics.finish(at: .zero + .minutes(75))
        let cost = metrics.cost(prices: Self.listPrices, emissionEnd: .zero + .hours(1))
        #expect(cost.shardHours == 1)
        #expect(abs(cost.monthlyUSD - 0.015 * 730) < 1e-12)
    }
}
