import ConsumerModel
import Metrics
import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// KCL applications through the whole world: `scenarios/kcl-workers.json` (2 workers, 8 shards)
/// and `scenarios/kcl-worker-crash.json` (worker 1 crashes at 3 min for 2 min).
@Suite struct KCLScenarioTests {
    static let workers = ScenarioFixtures.load("kcl-workers")
    static let crash = ScenarioFixtures.load("kcl-worker-crash")
    static let workersResult = ScenarioFixtures.run(workers.spec)
    static let crashResult = ScenarioFixtures.run(crash.spec)
    static let settings = KCLConfig(workers: 2)

    func leases(_ result: RunResult) throws -> LeaseMetrics {
        try #require(result.metrics.consumers[0].leases)
    }

    @Test func twoWorkersOverEightShardsEndWithFourLeasesEach() throws {
        let result = Self.workersResult
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
        let leases = try leases(result)
        #expect(leases.timeline.last?.perWorker == [4, 4])
        // The first worker to start takes all 8; the other steals one a taker pass (at most
        // one per pass, KCL's maxLeasesToStealAtOneTime): balanced within 4 passes of its start.
        #expect(leases.timeline.first?.perWorker.max() == 8)
        #expect(leases.steals == 4)
        let balancedAt = try #require(leases.timeline.first { $0.perWorker == [4, 4] }).at
        #expect(balancedAt - .zero <= .seconds(1) + Self.settings.takerInterval * 3)
    }

    @Test func aLeaseThatMovesReplaysFromTheCheckpointWithoutLoss() {
        let result = Self.workersResult
        #expect(result.metrics.consumers[0].redeliveries > 0, "each steal replays its shard since its last checkpoint")
        #expect(result.undelivered[0] == 0)
        #expect(result.lost == 0)
    }

    @Test func aCrashedWorkersLeasesAreTakenAfterTheFailoverTimeAndReplayed() throws {
        let result = Self.crashResult
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
        let leases = try leases(result)
        #expect(leases.crashes == 1)
        #expect(result.metrics.consumers[0].redeliveries > 0)
        #expect(result.lost == 0)
        #expect(result.undelivered[0] == 0)
        // No owner from the crash until worker 0's taker finds the leases expired: more than the
        // failover time less one renew interval, at most the failover time plus a taker interval.
        let longest = leases.longestUnownedOverall
        #expect(longest > Self.settings.failoverTime - Self.settings.renewInterval)
        #expect(longest <= Self.settings.failoverTime + Self.settings.takerInterval)
        // Worker 0 held all 8 while worker 1 was down; after its restart they balance again.
        #expect(leases.timeline.contains { $0.perWorker == [8, 0] && $0.at > .zero + .minutes(3) })
        #expect(leases.timeline.last?.perWorker == [4, 4])
    }

    @Test func theCrashScenarioGivesTheSameDigestTwice() {
        #expect(ScenarioFixtures.run(Self.crash.spec).digest == Self.crashResult.digest)
    }

    @Test func kclDefaultsAreKCL2x() {
        #expect(Self.settings.renewInterval == .milliseconds(3_308))
        #expect(Self.settings.takerInterval == .milliseconds(20_050))
        #expect(Self.workers.spec.consumers[0].pollInterval == .milliseconds(1_500))
    }
}

/// KCL applications reading by fan-out, and either retrieval across reshards.
@Suite struct KCLRetrievalTests {
    static func spec(_ scenario: String, retrieval: String, workers: Int = 2) -> ScenarioSpec {
        var spec = ScenarioFixtures.load(scenario).spec
        spec.consumers[0].type = .kcl
        spec.consumers[0].workers = workers
        spec.consumers[0].retrieval = KCLRetrieval(rawValue: retrieval)!
        spec.consumers[0].reshardOrder = .parentFirst
        return spec
    }

    @Test func aCrashedWorkersShardsAreResubscribedFromTheCheckpointWithFanOut() throws {
        let fanOut = ScenarioFixtures.run(Self.spec("kcl-worker-crash", retrieval: "fanout"))
        #expect(fanOut.invariantsHold, "\(fanOut.invariants.filter { !$0.holds })")
        let consumer = fanOut.metrics.consumers[0]
        #expect(try #require(consumer.subscriptions) > 8)
        #expect(consumer.redeliveries > 0 && fanOut.lost == 0 && fanOut.undelivered[0] == 0)
        #expect(try #require(consumer.leases).timeline.last?.perWorker == [4, 4])
        // Pushed records wait no poll interval: the median is far below polling's.
        let polling = KCLScenarioTests.crashResult.metrics.consumers[0]
        #expect(consumer.latency.milliseconds(atPercentile: 50) < polling.latency.milliseconds(atPercentile: 50) / 2)
    }

    @Test(arguments: ["polling", "fanout"])
    func childrenWaitForTheirParentsSoKeysStayInOrderAcrossReshards(retrieval: String) {
        let result = ScenarioFixtures.run(Self.spec("reshard-parent-first", retrieval: retrieval))
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
        #expect(result.reshards.count >= 2)
        #expect(result.undelivered[0] == 0)
    }
}
