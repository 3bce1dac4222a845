import Scenario
import SimHarness
import SimKernel
import Testing

/// Enhanced fan-out beside polling (E1, E3, E6, L1), shortened to 6 minutes: one subscription
/// renewal per shard happens at 5 minutes.
@Suite struct FanOutScenarioTests {
    static let spec = ScenarioFixtures.overriding(ScenarioFixtures.load("efo-beside-polling").spec, duration: .minutes(6))
    static let result = ScenarioFixtures.run(spec)

    @Test func test_E1_theFanOutConsumerMakesNoGetRecordsCallsAndGetsEverything() {
        let pusher = Self.result.metrics.consumers[0]
        #expect(pusher.getCalls == 0)
        #expect(pusher.delivered == Self.result.metrics.accepted)
        #expect(Self.result.invariantsHold, "\(Self.result.invariants.filter { !$0.holds })")
    }

    @Test func test_E6_pushedRecordsArriveFasterThanPolledOnes() {
        let consumers = Self.result.metrics.consumers
        let pushP50 = consumers[0].latency.milliseconds(atPercentile: 50)
        #expect(pushP50 > 70 && pushP50 < 250, "push p50 \(pushP50) ms")
        for poller in consumers.dropFirst() {
            #expect(poller.latency.milliseconds(atPercentile: 50) > pushP50 * 2)
        }
    }

    @Test func sameSeedSameDigest() {
        #expect(ScenarioFixtures.run(Self.spec).digest == Self.result.digest)
    }
}
