import Testing
import FleetModel
import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import StreamModel

/// The KPL producer end to end: aggregation into fewer Kinesis records that consumers
/// deaggregate, retries without backoff until `RecordTtl`, duplicates from lost responses, and
/// the per-shard rate limit.
struct KPLScenarioTests {
    /// The smoke scenario sending through the KPL.
    static func kplSmoke(_ adjust: (inout KPLConfig, inout ScenarioSpec) -> Void = { _, _ in }) -> ScenarioSpec {
        var spec = ScenarioFixtures.smoke.spec
        var kpl = KPLConfig()
        spec.fleet.rateLimit = KPLConfig.defaultRateLimit
        adjust(&kpl, &spec)
        spec.fleet.kpl = kpl
        return spec
    }

    func expectEveryInvariantHolds(_ result: RunResult) {
        for checker in result.invariants { #expect(checker.holds, "\(checker.name): \(checker.firstViolation ?? "")") }
        let accounted = result.metrics.readingsAccepted - result.metrics.duplicates + result.fleet.dropped + result.inFlight
        #expect(result.fleet.emitted == accounted)
    }

    @Test func readingsTravelInFewerKinesisRecordsAndConsumersCountReadings() {
        let result = ScenarioFixtures.run(Self.kplSmoke())
        expectEveryInvariantHolds(result)
        #expect(result.usedKPL)
        #expect(result.fleet.dropped == 0)
        #expect(result.metrics.readingsAccepted == result.fleet.emitted + result.metrics.duplicates)
        // About 130 readings a second from 4 gateways over 2 shards: 100 ms buffers pack 1–2
        // readings per shard and gateway, so aggregation halves the records at least.
        #expect(result.metrics.accepted * 2 < result.metrics.readingsAccepted,
                "\(result.metrics.accepted) records for \(result.metrics.readingsAccepted) readings")
        #expect(result.metrics.consumers.allSatisfy { $0.delivered >= result.fleet.emitted })
        #expect(result.windows.flatMap(\.results).reduce(0) { $0 + $1.count } > 0)
        // Buffering adds up to RecordMaxBufferedTime (100 ms) to every reading's latency.
        let plainP50 = ScenarioFixtures.smokeResult.metrics.consumers[0].latency.milliseconds(atPercentile: 50)
        #expect(result.metrics.consumers[0].latency.milliseconds(atPercentile: 50) > plainP50)
        #expect(ScenarioFixtures.run(Self.kplSmoke()).digest == result.digest)
    }

    @Test func lostResponsesResendEveryReadingOfTheRequestAsDuplicatesWithoutLoss() {
        let result = ScenarioFixtures.run(Self.kplSmoke { _, spec in spec.fleet.ackLossRate = 0.05 })
        expectEveryInvariantHolds(result)
        #expect(result.fleet.lostResponses > 0)
        #expect(result.metrics.duplicates > 0)
        #expect(result.fleet.dropped == 0)
    }

    /// A consumer spends `processing` on every reading it deaggregates, not once per Kinesis
    /// record. Each shard is processed on its own: at 20 ms a reading, a shard's ~68 readings a
    /// second need about 1.4 s a second, so the consumer falls ever further behind (liveness
    /// fires at the end), where one draw per aggregate (~2.5 readings each, about 0.55 s a
    /// second) would keep up.
    @Test func processingIsSpentOnEveryDeaggregatedReading() {
        let spec = Self.kplSmoke { _, spec in spec.consumers[0].processing = .constant(.milliseconds(20)) }
        let result = ScenarioFixtures.run(spec)
        let perShardSecond = Double(result.fleet.emitted) / result.duration.seconds / 2
        #expect(perShardSecond * 0.020 > 1.1, "\(perShardSecond) readings/s per shard")
        // So far behind that the drain does not catch up: liveness names the slow consumer.
        let failed = result.invariants.filter { !$0.holds }
        #expect(failed.map(\.name) == ["liveness"], "\(failed)")
        #expect(failed.first?.firstViolation?.hasPrefix("consumer dashboard had ") == true)
        #expect(result.metrics.consumers[0].latency.milliseconds(atPercentile: 99) > 10_000)
        #expect(result.metrics.consumers[1].latency.milliseconds(atPercentile: 99) < 3_000)
    }

    /// A gateway cut off for 10 s, shorter than RecordTtl (30 s): the KPL's requests fail at
    /// once and its records are retried, then flushed on reconnect. Nothing expires or is lost,
    /// and the readings of the outage arrive up to the outage late.
    @Test func aShortOutageIsRiddenOutByRetryingUntilReconnect() {
        var spec = Self.kplSmoke()
        spec.faults = [FaultSpec(at: .seconds(30), action: .gatewayOffline(gateways: .ids(0...0), duration: .seconds(10)))]
        let result = ScenarioFixtures.run(spec)
        expectEveryInvariantHolds(result)
        #expect(result.fleet.unreachable > 0)
        #expect(result.fleet.expired == 0 && result.fleet.dropped == 0 && result.lost == 0)
        #expect(result.metrics.consumers[0].latency.maxMilliseconds >= 9_000)
        #expect(ScenarioFixtures.run(spec).digest == result.digest)
    }

    /// An outage of 60 s against RecordTtl 30 s: what the gateway's KPL held for longer than
    /// its TTL expires (the KPL has no offline queue), the rest goes out on reconnect.
    @Test func aLongOutageExpiresWhatOutlivesRecordTtl() {
        var spec = Self.kplSmoke()
        spec.faults = [FaultSpec(at: .seconds(30), action: .gatewayOffline(gateways: .ids(0...0), duration: .seconds(60)))]
        let result = ScenarioFixtures.run(spec)
        expectEveryInvariantHolds(result)
        // Gateway 0 emits about a quarter of the smoke fleet's readings: ~30 s of them expire.
        let perGatewaySecond = Double(result.fleet.emitted) / 4 / result.duration.seconds
        #expect(Double(result.fleet.expired) > 20 * perGatewaySecond && Double(result.fleet.expired) < 40 * perGatewaySecond,
                "\(result.fleet.expired) expired at \(perGatewaySecond) readings/s")
        #expect(result.fleet.dropped == result.fleet.expired)
        #expect(result.metrics.consumers[0].latency.maxMilliseconds >= 25_000)
    }

    @Test func throttledReadingsAreRetriedWithoutBackoffUntilTheirTTLThenExpire() {
        // 3 records a second per shard, no producer limiter: most Kinesis records are throttled.
        let spec = Self.kplSmoke { kpl, spec in
            spec.fleet.rateLimit = nil
            kpl.recordTtl = .seconds(2)
            spec.stream.limits.writeRecordsPerSecond = 3
        }
        let result = ScenarioFixtures.run(spec)
        expectEveryInvariantHolds(result)
        #expect(result.metrics.throttledEntries > 0)
        #expect(result.fleet.retries > 0)
        #expect(result.fleet.expired > 0)
        #expect(result.fleet.dropped == result.fleet.expired)
        // With a TTL long enough to outlast the congestion, nothing expires.
        var patient = spec
        patient.fleet.kpl!.recordTtl = .hours(1)
        patient.stream.limits.writeRecordsPerSecond = 20
        let kept = ScenarioFixtures.run(patient)
        expectEveryInvariantHolds(kept)
        #expect(kept.fleet.expired == 0 && kept.metrics.throttledEntries > 0)
    }

    @Test func theRateLimitHoldsRecordsBackInsteadOfBeingThrottled() {
        // Shards capped at 20 records/s take about 40 Kinesis records/s from the 4 gateways; a
        // limit of 0.4 % of Kinesis's 1,000 lets each gateway send 4 a second to each shard.
        let adjust = { (limit: Double?) in Self.kplSmoke { kpl, spec in
            spec.fleet.rateLimit = limit
            spec.stream.limits.writeRecordsPerSecond = 20
        } }
        let unlimited = ScenarioFixtures.run(adjust(nil))
        let limited = ScenarioFixtures.run(adjust(0.004))
        // Held back that hard, records wait past the drain (liveness may fail): none is lost.
        #expect(limited.invariants.first { $0.name == "conservation" }?.holds == true)
        #expect(unlimited.fleet.rateLimited == 0)
        #expect(limited.fleet.rateLimited > 0)
        #expect(limited.metrics.throttledEntries < unlimited.metrics.throttledEntries)
    }

    /// A split and a merge at 30 s under the KPL smoke fleet: each gateway's KPL learns of the
    /// new shards only from a record accepted elsewhere than it predicted, retries those
    /// readings (all of them while its list knows no child), lists the shards again, and loses
    /// none; consumers discard the records that straddle a child's range. After the merge the
    /// child took whole records the stale list retried: duplicates.
    @Test(arguments: ["split", "merge"])
    func afterAReshardTheKPLRetriesWrongShardReadingsAndLosesNone(reshard: String) {
        var spec = Self.kplSmoke()
        let action = reshard == "split" ? FaultAction.splitShard(shard: 0) : .mergeShards(shards: [0, 1])
        spec.faults = [FaultSpec(at: .seconds(30), action: action)]
        let result = ScenarioFixtures.run(spec)
        expectEveryInvariantHolds(result)
        #expect(result.fleet.wrongShard > 0 && result.fleet.discarded == 0 && result.fleet.dropped == 0)
        let steady = ScenarioFixtures.run(Self.kplSmoke())
        #expect(result.metrics.duplicates > steady.metrics.duplicates)
        #expect(steady.fleet.wrongShard == 0)
        #expect(ScenarioFixtures.run(spec).digest == result.digest)
    }

    @Test(arguments: [
        (#""producer": "kpl", "putMode": "single""#, #"fleet.putMode: "single" is "single" but the KPL always sends PutRecords"#),
        (#""kpl": {"recordTtl": "5s"}"#, #"fleet.kpl: is set but fleet.producer is not "kpl""#),
        (#""rateLimit": 0"#, "fleet.rateLimit: 0 is out of range"),
        (#""producer": "kpl", "kpl": {"collectionMaxCount": 501}"#, "fleet.kpl.collectionMaxCount"),
        (#""producer": "kinesis""#, #"fleet.producer: "kinesis" is not a producer (allowed: "sdk", "kpl")"#),
    ])
    func producerSettingsAreCheckedBeforeAnythingRuns(fields: String, message: String) {
        let text = """
        {"version": 1, "name": "k", "duration": "1m",
         "fleet": {"gateways": 1, "devices": [{"kind": "temperature", "count": 1}], \(fields)},
         "stream": {"shards": 1}, "consumers": [{"name": "c"}]}
        """
        guard case .failure(let errors) = ScenarioLoader.parse(text: text, origin: "k.json") else {
            Issue.record("accepted: \(fields)")
            return
        }
        #expect(errors.description.contains(message), "\(errors)")
    }
}
