import FleetModel
import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import Telemetry
import Testing

/// `fleet.rateLimit` with the SDK producer through the real world: a gateway's requests wait
/// for its per-shard limiters instead of being throttled, and nothing is lost on the way.
@Suite struct RateLimitScenarioTests {
    func expectEveryInvariantHolds(_ result: RunResult) {
        for checker in result.invariants { #expect(checker.holds, "\(checker.name): \(checker.firstViolation ?? "")") }
        let accounted = result.metrics.accepted - result.metrics.duplicates + result.fleet.dropped + result.inFlight
        #expect(result.fleet.emitted == accounted)
    }

    /// The smoke fleet behind one gateway, its readings 20× faster for 5 s from 30 s: about
    /// 1,400 records/s for each of its 2 shards, whose limit is 1,000.
    static func burst(rateLimit: Double?) -> ScenarioSpec {
        var spec = ScenarioFixtures.smoke.spec
        spec.fleet.gateways = 1
        spec.fleet.rateLimit = rateLimit
        spec.faults = [FaultSpec(at: .seconds(30), action: .trafficBurst(multiplier: 20, duration: .seconds(5),
                                                                         kinds: DeviceKind.allCases))]
        return spec
    }

    /// The README's side-by-side: the SDK's three attempts drop part of the burst; held to 90 %
    /// of each shard's limit, the gateway is never throttled, drops nothing, and its readings
    /// wait instead, which shows in the latency.
    @Test func aRateLimitTurnsABurstsThrottlingIntoWaiting() {
        let unlimited = ScenarioFixtures.run(Self.burst(rateLimit: nil))
        let limited = ScenarioFixtures.run(Self.burst(rateLimit: 0.9))
        expectEveryInvariantHolds(unlimited)
        expectEveryInvariantHolds(limited)
        #expect(unlimited.metrics.throttledEntries > 1_000 && unlimited.fleet.dropped > 0)
        #expect(limited.metrics.throttledEntries == 0 && limited.fleet.dropped == 0)
        #expect(limited.fleet.emitted == unlimited.fleet.emitted)
        #expect(limited.fleet.rateLimited > 1_000 && unlimited.fleet.rateLimited == 0)
        let p99 = { (result: RunResult) in result.metrics.consumers[0].latency.milliseconds(atPercentile: 99) }
        #expect(p99(limited) > p99(unlimited))
        #expect(ScenarioFixtures.run(Self.burst(rateLimit: 0.9)).digest == limited.digest)
    }

    /// The smoke fleet spread over 20 gateways, half of them offline from 30 s to 50 s, under
    /// `rateLimit` (0.5 %: 5 records/s per shard per gateway, above their 3.4 but below their
    /// reconnection's drain).
    static func outage(putMode: PutMode, rateLimit: Double?) -> ScenarioSpec {
        var spec = ScenarioFixtures.smoke.spec
        spec.fleet.putMode = putMode
        spec.fleet.gateways = 20
        spec.fleet.rateLimit = rateLimit
        spec.fleet.offlineQueue = OfflineQueueConfig(capacity: nil, drainRate: 50, overflow: .dropOldest)
        spec.faults = [FaultSpec(at: .seconds(30), action: .gatewayOffline(gateways: .ids(0...9), duration: .seconds(20)))]
        return spec
    }

    /// Sends, retries (lost acknowledgements) and drains held back by the limiter lose nothing.
    @Test(arguments: [PutMode.single, .batch])
    func heldBackSendsRetriesAndDrainsLoseNothing(putMode: PutMode) {
        let result = ScenarioFixtures.audited(Self.outage(putMode: putMode, rateLimit: 0.005))
        expectEveryInvariantHolds(result)
        #expect(result.fleet.rateLimited > 0 && result.fleet.retries > 0 && result.fleet.drainRequests > 0)
        #expect(result.fleet.dropped == 0 && result.metrics.throttledEntries == 0)
    }

    /// W5 with `gateway-offline`: a reconnected gateway in single put mode drains its queue
    /// through its one call, oldest reading first, one call per round trip (it used to start a
    /// second chain of calls and send an empty one).
    @Test func test_W5_aReconnectedGatewayInSinglePutModeKeepsToOneCall() {
        let result = ScenarioFixtures.audited(Self.outage(putMode: .single, rateLimit: nil))
        expectEveryInvariantHolds(result)
        #expect(result.fleet.offlineHeld > 1_000 && result.fleet.drainRequests == result.fleet.offlineHeld)
        #expect(result.fleet.dropped == 0)
    }
}
