import FleetModel
import Foundation
import Metrics
import ResultStore
import RunCapture
import Scenario
import SimHarness
import Verification
import Testing

/// What a stored run carries beyond the machine summary, for charts and comparisons: consumers
/// in order, latency buckets, per-consumer seconds and the timeline.
@Suite struct CapturedRunTests {
    static func stored(_ scenario: String, adjust: (inout ScenarioSpec) -> Void = { _ in }) -> StoredRun {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        guard case .success(var loaded) = ScenarioLoader.load(path: root.appendingPathComponent("scenarios/\(scenario)").path) else {
            preconditionFailure("\(scenario) does not load")
        }
        adjust(&loaded.spec)
        var runner = Runner(config: WorldConfig(scenario: loaded.spec))
        return StoredRun(report: RunReport(scenario: loaded, result: runner.runToEnd(), wallSeconds: 1, simctlVersion: "test",
                                           gitCommit: "unknown", startedAt: "2026-01-01T00:00:00Z"))
    }

    static let smoke = stored("smoke.json")

    /// The smoke scenario through the KPL, gateway 0 cut off for 10 s.
    static let kplOutage = stored("smoke.json") { spec in
        spec.fleet.kpl = KPLConfig()
        spec.fleet.rateLimit = KPLConfig.defaultRateLimit
        spec.faults = [FaultSpec(at: .seconds(30), action: .gatewayOffline(gateways: .ids(0...0), duration: .seconds(10)))]
    }

    /// The smoke scenario with its SDK gateways held to 1 % of each shard (10 records/s).
    static let sdkLimited = stored("smoke.json") { $0.fleet.rateLimit = 0.01 }

    /// KPL runs, and only they, carry the producer's side of the summary.
    @Test func kplRunsCarryTheProducerKeys() throws {
        let run = Self.kplOutage
        #expect(try #require(metric(run, "producer.kinesis_records")) > 0)
        #expect(try #require(metric(run, "producer.readings_per_record")) > 1)
        #expect(try #require(metric(run, "producer.unreachable")) > 0)
        #expect(metric(run, "producer.expired") == 0 && metric(run, "producer.rate_limited") != nil)
        #expect(metric(Self.smoke, "producer.kinesis_records") == nil)
    }

    /// An SDK run under a rate limit counts the entries it held back; one without has no such key.
    @Test func sdkRunsUnderARateLimitCountTheEntriesHeldBack() throws {
        #expect(try #require(metric(Self.sdkLimited, "producer.rate_limited")) > 0)
        #expect(metric(Self.sdkLimited, "producer.rate_limit") == 0.01)
        #expect(metric(Self.kplOutage, "producer.rate_limit") == KPLConfig.defaultRateLimit)
        #expect(metric(Self.sdkLimited, "producer.kinesis_records") == nil)
        #expect(metric(Self.smoke, "producer.rate_limited") == nil && metric(Self.smoke, "producer.rate_limit") == nil)
    }

    /// Each stored second with records handed over has its latency percentiles, in order.
    @Test func consumerSecondsCarryTheirLatencyPercentiles() throws {
        let seconds = Self.smoke.consumerSeries.filter { $0.records > 0 }
        #expect(!seconds.isEmpty)
        for second in seconds {
            let latency = try #require(second.latency, "second \(second.periodStartS) of \(second.consumer)")
            #expect(0 < latency.p50Ms && latency.p50Ms <= latency.p99Ms && latency.p99Ms <= latency.maxMs)
        }
    }

    func metric(_ run: StoredRun, _ name: String) -> Double? { run.metrics.first { $0.name == name }?.value }

    @Test func consumersKeepTheScenarioOrder() {
        #expect(Self.smoke.consumers == [StoredConsumer(name: "dashboard", type: "polling"),
                                         StoredConsumer(name: "archiver", type: "polling")])
    }

    /// Every delivery is in exactly one bucket, and the buckets give back the stored p99.
    @Test func latencyBucketsCountEveryDeliveryAndGiveThePercentiles() throws {
        for consumer in Self.smoke.consumers.map(\.name) {
            let buckets = Self.smoke.latencyBuckets.filter { $0.consumer == consumer }
            let total = buckets.reduce(Int64(0)) { $0 + $1.count }
            #expect(Double(total) == metric(Self.smoke, "consumers.\(consumer).delivered"))
            #expect(buckets.map(\.valueUs) == buckets.map(\.valueUs).sorted())
            let rank = Int64((0.99 * Double(total)).rounded(.up))
            var running: Int64 = 0
            let p99 = try #require(buckets.first { running += $0.count; return running >= rank })
            #expect(Double(p99.valueUs) / 1_000 == metric(Self.smoke, "consumers.\(consumer).latency.e2e_ms.p99"))
        }
    }

    /// Each consumer's seconds cover the whole run, and their records add up to what its calls returned.
    @Test func consumerSecondsCoverTheRunAndAddUp() {
        let seconds = Int64(Self.smoke.simulatedSeconds)
        for consumer in Self.smoke.consumers.map(\.name) {
            let points = Self.smoke.consumerSeries.filter { $0.consumer == consumer }
            #expect(points.map(\.periodStartS) == Array(0..<seconds))
            let records = points.reduce(Int64(0)) { $0 + $1.records }
            // smoke.json's producers resend after a lost ack, so a consumer is given duplicates too.
            #expect(Double(records) >= metric(Self.smoke, "consumers.\(consumer).delivered")!)
            let oldest = points.map(\.maxIteratorAgeMs).max()
            #expect(oldest.map(Double.init) == metric(Self.smoke, "consumers.\(consumer).max_iterator_age_ms"))
        }
    }

    @Test func theTimelineListsReshardsInTimeOrderWithTheirShards() {
        let run = Self.stored("reshard-parent-first.json")
        let reshards = run.timeline.filter { $0.kind == .reshard }
        #expect(reshards.count == 2)
        #expect(reshards.map(\.atS) == reshards.map(\.atS).sorted())
        #expect(reshards.allSatisfy { $0.description.contains("→") })
        #expect(run.shards.contains { $0.state == "CLOSED" })
    }

    /// reshard-immediate.json breaks key order many times: the count is exact, the messages
    /// bounded, the first one the summary's.
    @Test func aViolatedInvariantKeepsItsFirstMessagesAndTheCount() throws {
        let run = Self.stored("reshard-immediate.json")
        let keyOrder = try #require(run.invariants.first { $0.name == "key-order" })
        let messages = run.violations.filter { $0.invariant == "key-order" }.map(\.message)
        #expect(keyOrder.status == "violated")
        #expect((keyOrder.violations ?? 0) > Int64(ViolationLog.keptMessages))
        #expect(messages.count == ViolationLog.keptMessages)
        #expect(messages.first == keyOrder.message)
        #expect(Set(messages).count == messages.count)
    }
}
