import FleetModel
import Metrics
import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// The write path through the real world: single put mode, the window throttling models and
/// the internal-failure fault, each with every invariant holding and the same digest twice.
@Suite("Write path scenarios")
struct WritePathScenarioTests {
    static let result = ScenarioFixtures.orderedSinglePutsResult

    func expectEveryInvariantHolds(_ result: RunResult) {
        // The eight stream checkers, and window-completeness in runs with window operators.
        #expect(result.invariants.count == 8 + (result.windows.isEmpty ? 0 : 1))
        for checker in result.invariants {
            #expect(checker.holds, "\(checker.name): \(checker.firstViolation ?? "")")
        }
        #expect(result.stoppedEarly == nil)
        let accounted = result.metrics.accepted - result.metrics.duplicates + result.fleet.dropped + result.inFlight
        #expect(result.fleet.emitted == accounted)
    }

    @Test func test_W5_singlePutModeUnderASlidingWindowHoldsEveryInvariant() {
        let result = Self.result
        expectEveryInvariantHolds(result)
        #expect(result.fleet.emitted > 200 * 59)  // jitter moves some last readings past the minute
        // One reading per call, throttled calls and injected failures retried, nothing dropped.
        #expect(result.metrics.putEntries == result.metrics.putRequests)
        #expect(result.metrics.throttledEntries > 0)
        #expect(result.metrics.internalFailures > 0)
        #expect(result.fleet.retries >= result.metrics.throttledEntries + result.metrics.internalFailures)
        #expect(result.fleet.dropped == 0)
    }

    @Test func test_W5_twoRunsOfTheSingleModeScenarioGiveTheSameDigest() {
        let again = ScenarioFixtures.run(ScenarioFixtures.orderedSinglePuts.spec)
        #expect(again.digest == Self.result.digest)
        #expect(again.metrics.internalFailures == Self.result.metrics.internalFailures)
        let reseeded = ScenarioFixtures.run(ScenarioFixtures.overriding(ScenarioFixtures.orderedSinglePuts.spec, seed: 12))
        #expect(reseeded.digest != Self.result.digest)
    }

    /// A 2 s uplink on every gateway for 10 s of the smoke scenario's 2 minutes: the slowest
    /// readings wait the spike's delay, the median does not move (the spike covers 1/12 of the
    /// run), and every invariant still holds.
    @Test func aLatencySpikeDelaysReadingsSentDuringItOnly() {
        var spec = ScenarioFixtures.smoke.spec
        spec.faults.append(FaultSpec(at: .seconds(30), action: .latencySpike(gateways: .all, duration: .seconds(10),
                                                                              uplinkLatency: .constant(.seconds(2)))))
        let spiked = ScenarioFixtures.run(spec)
        expectEveryInvariantHolds(spiked)
        let calm = ScenarioFixtures.smokeResult.metrics.consumers[0].latency
        let latency = spiked.metrics.consumers[0].latency
        #expect(calm.maxMilliseconds < 2_000)
        #expect(latency.maxMilliseconds >= 2_000)
        #expect(latency.milliseconds(atPercentile: 99) >= 2_000)
        #expect(abs(latency.milliseconds(atPercentile: 50) - calm.milliseconds(atPercentile: 50)) < 0.25 * calm.milliseconds(atPercentile: 50))
        // Second by second, p99 is up while the spike's readings are handed over, and only then:
        // readings of [30 s, 40 s) reach the stream 2 s late and are read within the next poll.
        let seconds = spiked.metrics.consumers[0].seconds
        let p99 = seconds.points.indices.map { (second: seconds.startSeconds(ofPoint: $0), ms: Double(seconds.points[$0].latencyP99Us) / 1_000) }
        #expect(p99.filter { (32..<41).contains($0.second) }.allSatisfy { $0.ms >= 2_000 }, "\(p99[28..<46])")
        #expect(p99.filter { $0.second < 30 || $0.second >= 45 }.allSatisfy { $0.ms < 2_000 }, "\(p99)")
        #expect(ScenarioFixtures.run(spec).digest == spiked.digest)
    }

    /// `retry.timeout` under a latency spike: round trips of 4 s against a 3 s timeout, so every
    /// request of the spike is given up and resent although the stream took it: duplicates, and
    /// not one reading lost or dropped.
    @Test func test_P10_timeoutsDuringALatencySpikeMakeDuplicatesAndLoseNothing() {
        var spec = ScenarioFixtures.smoke.spec
        spec.fleet.retry.timeout = .seconds(3)
        spec.faults.append(FaultSpec(at: .seconds(30), action: .latencySpike(gateways: .all, duration: .seconds(10),
                                                                              uplinkLatency: .constant(.seconds(2)))))
        let result = ScenarioFixtures.run(spec)
        expectEveryInvariantHolds(result)
        #expect(result.fleet.timeouts > 0)
        #expect(result.metrics.duplicates > 0)
        #expect(result.fleet.dropped == 0 && result.lost == 0)
        #expect(ScenarioFixtures.smokeResult.fleet.timeouts == 0)
        #expect(ScenarioFixtures.run(spec).digest == result.digest)
    }

    /// Gateways 0–1 of the smoke scenario's 4 offline from 30 s to 60 s with 500-reading
    /// queues: readings are held, the overflow is dropped (and is the only loss), the queues
    /// drain after reconnecting, which shows as a burst in the stream's per-second writes, and
    /// every invariant holds.
    @Test func aGatewayOutageQueuesDropsOverflowAndDrainsInABurst() {
        var spec = ScenarioFixtures.smoke.spec
        spec.fleet.offlineQueue = OfflineQueueConfig(capacity: 500, drainRate: 10, overflow: .dropOldest)
        spec.faults.append(FaultSpec(at: .seconds(30), action: .gatewayOffline(gateways: .ids(0...1), duration: .seconds(30))))
        let result = ScenarioFixtures.run(spec)
        expectEveryInvariantHolds(result)
        #expect(result.fleet.offlineHeld > 1_000)
        #expect(result.fleet.offlineDropped > 0)
        #expect(result.fleet.dropped == result.fleet.offlineDropped)
        #expect(result.fleet.peakOfflineQueued == 1_000)
        #expect(result.fleet.drainRequests > 0)
        let held = result.metrics.streamSeconds.points.map(\.offlineQueued)
        #expect(held[..<30].allSatisfy { $0 == 0 })
        #expect(held[31] > 0 && held[31] < held[45] && held[45] <= held[59], "held per second: \(Array(held[28..<65]))")
        #expect(held[59] == 1_000)
        #expect(held[70...].allSatisfy { $0 == 0 })
        #expect(result.metrics.streamSeconds.points.map(\.offlineDropped).reduce(0, +) == Int64(result.fleet.offlineDropped))
        let perSecond = result.metrics.streamSeconds.points.map(\.incomingRecords)
        let before = perSecond[10..<30].reduce(0, +) / 20
        #expect(perSecond[60...61].max()! > 2 * before, "per second around the reconnection: \(Array(perSecond[55..<70]))")
        #expect(ScenarioFixtures.run(spec).digest == result.digest)
    }

    /// Gateways' clocks 90 s off (ahead or behind): event-time windows place readings by the
    /// skewed time, so their results move; everything measured in true time — latency, the
    /// digest of what was written and read — stays exactly as without skew, and the
    /// window-completeness check (fed the same skewed time) holds.
    @Test func clockSkewMovesEventTimeWindowsOnly() {
        var spec = ScenarioFixtures.smoke.spec
        spec.fleet.clockSkew = .constant(.seconds(90))
        let skewed = ScenarioFixtures.run(spec)
        expectEveryInvariantHolds(skewed)
        let plain = ScenarioFixtures.smokeResult
        #expect(skewed.digest == plain.digest)
        #expect(skewed.metrics.consumers[0].latency.milliseconds(atPercentile: 99)
            == plain.metrics.consumers[0].latency.milliseconds(atPercentile: 99))
        let starts = { (result: RunResult) in Set(result.windows.flatMap { $0.results.map(\.start) }) }
        #expect(starts(skewed) != starts(plain))
        #expect(starts(skewed).min()! < starts(plain).min()!)  // some gateway runs 90 s behind
    }

    /// The smoke scenario, its write limit lowered so that it throttles, under `model`.
    static func throttledSmoke(_ model: String) -> ScenarioSpec {
        var spec = ScenarioFixtures.smoke.spec
        spec.stream.limits.writeRecordsPerSecond = 50
        spec.stream.limits.writeThrottling = .init(rawValue: model)!
        return spec
    }

    @Test(arguments: ["sliding-window", "fixed-window"])
    func test_W4_windowModelsThrottleWithEveryInvariantHoldingAndTheSameDigestTwice(model: String) {
        let first = ScenarioFixtures.run(Self.throttledSmoke(model))
        expectEveryInvariantHolds(first)
        #expect(first.metrics.throttledEntries > 0)
        #expect(ScenarioFixtures.run(Self.throttledSmoke(model)).digest == first.digest)
    }

    @Test func test_W7_theModelsDifferUnderTheSameLoad() {
        let digests = Set(["token-bucket", "sliding-window", "fixed-window"].map {
            ScenarioFixtures.run(Self.throttledSmoke($0)).digest
        })
        #expect(digests.count == 3)
    }

    @Test func test_P6_internalFailuresAreRetriedAndNotCountedAsThrottling() {
        var spec = ScenarioFixtures.smoke.spec
        spec.faults = [FaultSpec(at: .seconds(10), action: .internalFailure(rate: 1, duration: .seconds(2)))]
        let result = ScenarioFixtures.run(spec)
        expectEveryInvariantHolds(result)
        #expect(result.metrics.internalFailures > 0)
        #expect(result.metrics.throttledEntries == ScenarioFixtures.smokeResult.metrics.throttledEntries)
        #expect(result.fleet.retries > ScenarioFixtures.smokeResult.fleet.retries)
        #expect(result.digest != ScenarioFixtures.smokeResult.digest)
    }

    /// CloudWatch's `PutRecords.FailedRecords` counts the InternalFailure entries, only within the
    /// fault's two seconds, and not the throttled ones.
    @Test func test_P6_failedRecordsSeriesCountsInternalFailuresOnly() {
        var spec = ScenarioFixtures.smoke.spec
        spec.faults = [FaultSpec(at: .seconds(10), action: .internalFailure(rate: 1, duration: .seconds(2)))]
        let metrics = ScenarioFixtures.run(spec).metrics
        let seconds = metrics.streamSeconds
        let failed = seconds.points.indices.map { MetricName.putRecordsFailedRecords.value(in: seconds.points[$0]) }
        #expect(UInt64(failed.reduce(0, +)) == metrics.internalFailures && metrics.internalFailures > 0)
        #expect(seconds.points.indices.allSatisfy { failed[$0] == 0 || (10..<12).contains(seconds.startSeconds(ofPoint: $0)) })
        let throttled = ScenarioFixtures.throttlingResult.metrics.streamSeconds.points
        #expect(throttled.allSatisfy { MetricName.putRecordsFailedRecords.value(in: $0) == 0 })
    }

    @Test func test_P6_aFaultThatNeverFailsChangesNoOutcome() {
        var spec = ScenarioFixtures.smoke.spec
        spec.faults = [FaultSpec(at: .seconds(10), action: .internalFailure(rate: 0, duration: .seconds(30)))]
        let result = ScenarioFixtures.run(spec)
        let smoke = ScenarioFixtures.smokeResult
        // Only the fault's two events differ: it draws nothing, so no other substream moves.
        #expect(result.events == smoke.events + 2)
        #expect(result.metrics.accepted == smoke.metrics.accepted && result.metrics.internalFailures == 0)
        #expect(result.fleet.retries == smoke.fleet.retries && result.metrics.duplicates == smoke.metrics.duplicates)
        #expect(result.metrics.consumers[0].latency.maxMilliseconds == smoke.metrics.consumers[0].latency.maxMilliseconds)
    }
}
