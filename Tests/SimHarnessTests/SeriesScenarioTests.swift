import Metrics
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// The series of a whole run agree with its totals, and cover the run (`duration + drain`).
@Suite("Series of the smoke run")
struct SeriesScenarioTests {
    static let result = ScenarioFixtures.smokeResult

    static func total(_ series: MetricSeries, _ name: MetricName) -> Int64 {
        series.points.reduce(0) { $0 + name.value(in: $1) }
    }

    @Test func theStreamSeriesCoverTheRunAndSumToTheTotals() {
        let metrics = Self.result.metrics
        let runSeconds = Int((Self.result.duration + Self.result.drain).nanoseconds / 1_000_000_000)
        #expect(metrics.streamSeconds.points.count == runSeconds)
        #expect(metrics.streamMinutes.points.count == (runSeconds + 59) / 60)
        for series in [metrics.streamSeconds, metrics.streamMinutes] {
            #expect(Self.total(series, .incomingRecords) == Int64(metrics.accepted))
            #expect(Self.total(series, .incomingBytes) == Int64(metrics.acceptedBytes))
            #expect(Self.total(series, .writeProvisionedThroughputExceeded) == Int64(metrics.throttledEntries))
            #expect(Self.total(series, .readProvisionedThroughputExceeded) == Int64(metrics.throttledGetCalls))
            #expect(Self.total(series, .getRecordsRecords) == Int64(metrics.consumers.reduce(0) { $0 + $1.delivered }))
        }
        let maxAge = metrics.streamSeconds.points.map(\.maxIteratorAgeMs).max()
        #expect(maxAge == metrics.consumers.map(\.maxIteratorAgeMs).max())
    }

    @Test func theShardSeriesSumToEachShardsTotals() {
        for shard in Self.result.metrics.shards {
            #expect(Self.total(shard.minutes, .incomingRecords) == Int64(shard.incomingRecords))
            #expect(Self.total(shard.minutes, .writeProvisionedThroughputExceeded) == Int64(shard.throttledRecords))
        }
    }

    /// Two shards for the two-minute emission period, at list prices.
    @Test func theCostBillsTheEmissionPeriod() {
        let cost = Self.result.cost
        #expect(cost.shardHours == 2 * 2.0 / 60)
        #expect(cost.putPayloadUnits == Self.result.metrics.putPayloadUnits)
        #expect(cost.runUSD > cost.shardHours * 0.015)
        #expect(abs(cost.monthlyUSD - cost.runUSD * 730 * 30) < 1e-9)
    }

    /// The same traffic on demand bills the same period: one stream for two minutes, the
    /// records written rounded up to 1 KiB, and what both polling consumers read.
    @Test func theOnDemandCostBillsTheSameTrafficOverTheSamePeriod() {
        let metrics = Self.result.metrics
        let cost = Self.result.onDemandCost
        #expect(cost.streamHours == 2.0 / 60)
        #expect(cost.writtenGB == Double(metrics.onDemandWrittenKiB) / 1_048_576)
        #expect(metrics.onDemandWrittenKiB * 1_024 >= metrics.acceptedBytes)
        #expect(cost.readGB == Double(metrics.consumers.reduce(0) { $0 + $1.getRecordsBytes }) / OnDemandCost.bytesPerGB)
        #expect(abs(cost.monthlyUSD - cost.runUSD * 730 * 30) < 1e-9)
    }

    /// With GetRecords limited to 20 records, the archiver (polling each second) cannot return all
    /// of a shard's ~68 new records per call: it falls behind the newest record, the dashboard does not.
    @Test func aConsumerThatCannotKeepUpIsBehindLatest() {
        var config = WorldConfig(scenario: ScenarioFixtures.smoke.spec)
        config.consumers[1].reading.limit = 20
        let consumers = ScenarioFixtures.run(config).metrics.consumers
        #expect(consumers[1].maxMillisBehindLatest > 1_000)
        for consumer in consumers {
            #expect(consumer.maxMillisBehindLatest <= consumer.maxIteratorAgeMs)
        }
        #expect(Self.result.metrics.consumers[0].maxMillisBehindLatest < 1_000)
    }
}
