import Metrics
import Scenario
import SimHarness
import SimKernel
import SimTestSupport
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

    /// Every consumer reads each accepted byte once: the pusher's are fan-out retrievals, the
    /// pollers' GetRecords retrievals, and the on-demand estimate bills each kind at its price.
    @Test func eachConsumerIsBilledForTheBytesItRead() {
        let metrics = Self.result.metrics
        let pusher = metrics.consumers[0]
        #expect(pusher.pushedBytes == metrics.acceptedBytes && pusher.getRecordsBytes == 0)
        for poller in metrics.consumers.dropFirst() {
            #expect(poller.getRecordsBytes == metrics.acceptedBytes && poller.pushedBytes == 0)
        }
        let cost = Self.result.onDemandCost
        let pollers = Double(metrics.consumers.count - 1)
        #expect(cost.fanOutReadGB == Double(metrics.acceptedBytes) / OnDemandCost.bytesPerGB)
        #expect(abs(cost.readGB - pollers * Double(metrics.acceptedBytes) / OnDemandCost.bytesPerGB) < 1e-15)
    }

    @Test func sameSeedSameDigest() {
        #expect(ScenarioFixtures.run(Self.spec).digest == Self.result.digest)
    }
}
