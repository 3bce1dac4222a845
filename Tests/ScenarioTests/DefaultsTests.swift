import SimKernel
import Telemetry
import Testing
@testable import Scenario
import FleetModel
import StreamModel

/// A minimal file gets exactly the defaults of scenario-v1.md and kinesis-model.md §1.
@Suite struct DefaultsTests {
    @Test func topLevelDefaults() throws {
        let scenario = try spec(ScenarioText())
        #expect(scenario.version == 1)
        #expect(scenario.name == "minimal")
        #expect(scenario.description == "")
        #expect(scenario.seed == 1)
        #expect(scenario.duration == .minutes(1))
        #expect(scenario.drain == .minutes(5))
        #expect(scenario.startTime == StartTime(epochMilliseconds: 1_767_225_600_000, text: "2026-01-01T00:00:00Z"))
        #expect(scenario.faults.isEmpty)
        #expect(scenario.slo == SLOSpec(maxLost: 0))
        #expect(scenario.slo.p99LatencyMs == nil && scenario.slo.maxDropped == nil)
    }

    @Test func fleetDefaults() throws {
        let fleet = try spec(ScenarioText()).fleet
        #expect(fleet.gateways == 1)
        #expect(fleet.partitionKey == .device)
        #expect(fleet.putMode == .batch)
        #expect(fleet.batching == BatchingConfig(maxRecords: 500, maxBytes: 5_242_880, linger: .milliseconds(100)))
        #expect(fleet.uplinkLatency == .lognormal(.init(median: .milliseconds(20), p99: .milliseconds(150))))
        #expect(fleet.retry == RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(100), maxDelay: .seconds(20), jitter: .full))
        #expect(fleet.rateLimit == nil)
        #expect(fleet.offlineQueue == OfflineQueueConfig(capacity: nil, drainRate: 2, overflow: .dropOldest))
        #expect(fleet.ackLossRate == 0)
        let group = try #require(fleet.devices.first)
        #expect(group.kind == .temperature && group.count == 1)
        #expect(group.interval == .seconds(1))
        #expect(group.jitter == .zero)
        #expect(group.anomalyRate == 0.01)
        #expect(group.params == .temperature(TemperatureParams()))
    }

    @Test(arguments: [("temperature", 1), ("cpu", 5), ("gps", 5), ("weather", 1)])
    func deviceIntervalDefaultsPerKind(kind: String, seconds: Int64) throws {
        var scenario = ScenarioText()
        scenario.fleet = #""gateways": 1, "devices": [{"kind": "\#(kind)", "count": 1}]"#
        let group = try #require(try spec(scenario).fleet.devices.first)
        #expect(group.interval == .seconds(seconds))
        #expect(group.params == DeviceParams.defaults(for: group.kind))
    }

    @Test func streamDefaults() throws {
        let stream = try spec(ScenarioText()).stream
        #expect(stream.shards == 1)
        #expect(stream.mode == .provisioned)
        #expect(stream.retention == .hours(24))
        #expect(stream.limits.writeThrottling == .tokenBucket)
        #expect(stream.visibilityDelay == .constant(.zero))
        #expect(stream.autoscaling == nil)
        #expect(stream.prices == StreamPrices(shardHourUSD: 0.015, putPayloadUnitPerMillionUSD: 0.014,
                                              onDemandStreamHourUSD: 0.04, onDemandWrittenGBUSD: 0.08,
                                              onDemandReadGBUSD: 0.04, onDemandFanOutReadGBUSD: 0.05))
        let limits = stream.limits
        #expect(limits.writeRecordsPerSecond == 1_000)
        #expect(limits.writeBytesPerSecond == 1_048_576)
        #expect(limits.maxRecordBytes == 1_048_576)
        #expect(limits.putRecordsMaxEntries == 500)
        #expect(limits.putRecordsMaxBytes == 5_242_880)
        #expect(limits.readCallsPerSecond == 5)
        #expect(limits.readBytesPerSecond == 2_097_152)
        #expect(limits.getRecordsMaxRecords == 10_000)
        #expect(limits.getRecordsMaxBytes == 10_485_760)
        #expect(limits.iteratorLifetime == .minutes(5))
        #expect(limits.getShardIteratorCallsPerSecond == 5)
        #expect(limits.updatingDuration == .milliseconds(500))
        #expect(limits.updateShardCountDuration == .minutes(3))
        #expect(limits.efoBytesPerSecond == 2_097_152)
        #expect(limits.efoMaxConsumers == 20)
    }

    @Test func consumerDefaults() throws {
        let consumer = try #require(try spec(ScenarioText()).consumers.first)
        #expect(consumer.name == "reader")
        #expect(consumer.type == .polling)
        #expect(consumer.iterator == .trimHorizon)
        #expect(consumer.pollInterval == .seconds(1))
        #expect(consumer.limit == 10_000)
        #expect(consumer.reshardOrder == .immediate)
        #expect(consumer.workers == 1)
        #expect(consumer.checkpoint == CheckpointSpec(every: 1_000, interval: .seconds(60)))
        #expect(consumer.failoverTime == .seconds(10))
        #expect(consumer.batchSize == 100 && consumer.batchWindow == .zero && consumer.parallelization == 1)
        #expect(consumer.processing == .constant(.zero))
        #expect(consumer.readLatency == .lognormal(.init(median: .milliseconds(10), p99: .milliseconds(50))))
        #expect(consumer.analytics.isEmpty)
        #expect(ConsumerType.kcl.defaultReshardOrder == .parentFirst)
    }

    @Test func readLatencyIsADistributionUpToOneMinute() throws {
        let constant = try #require(try spec(ScenarioText.consumer(#""readLatency": "25ms""#)).consumers.first)
        #expect(constant.readLatency == .constant(.milliseconds(25)))
        #expect(problems(ScenarioText.consumer(#""readLatency": "2m""#)).count == 1)
        #expect(problems(ScenarioText.consumer(#""readLatency": "2m""#)).first?.hasPrefix("consumers[0].readLatency: ") == true)
    }

    @Test func analyticsDefaults() throws {
        let scenario = ScenarioText.analytics(#""type": "tumbling""#)
        let window = try #require(try spec(scenario).consumers.first?.analytics.first)
        #expect(window.type == .tumbling)
        #expect(window.size == .seconds(60) && window.slide == .seconds(60))
        #expect(window.time == .event && window.groupBy == [.kind])
        #expect(window.aggregates == [.count, .sum, .avg, .min, .max])
        #expect(window.watermarkLag == .seconds(5) && window.allowedLateness == .zero && window.idleTimeout == .seconds(60))
        #expect(window.detector == .zscore && window.threshold == 3.0)
        #expect(window.bufferSize == 5_242_880 && window.bufferInterval == .seconds(300))
    }

    @Test func slideDefaultsToAGivenSize() throws {
        let scenario = ScenarioText.analytics(#""type": "tumbling", "size": "10s""#)
        let window = try #require(try spec(scenario).consumers.first?.analytics.first)
        #expect(window.slide == .seconds(10))
    }
}
