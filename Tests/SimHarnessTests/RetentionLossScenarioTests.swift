import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// `scenarios/retention-loss.json` as shipped (26 simulated hours, about 18,700 records): the
/// batch consumer loses records on both shards to the 24-hour retention, the live one loses
/// none, and a second run gives the same digest.
@Suite struct RetentionLossScenarioTests {
    static let spec = ScenarioFixtures.load("retention-loss").spec
    static let result = ScenarioFixtures.run(spec)

    @Test func test_T1_theBatchConsumerLosesRecordsOnEveryShardAndTheLiveOneNone() {
        let (live, batch) = (0, 1)
        #expect(Self.result.lostPerConsumerShard[live].allSatisfy { $0 == 0 })
        #expect(Self.result.lostPerConsumerShard[batch].allSatisfy { $0 > 0 }, "\(Self.result.lostPerConsumerShard[batch])")
        #expect(Verdict.of(Self.result, objectives: []) == .dataLoss)
        #expect(Self.result.invariantsHold, "\(Self.result.invariants.filter { !$0.holds })")
    }

    @Test func test_R7_theBatchConsumersLongBatchesOutliveTheirIteratorsAndItRenewsThem() {
        #expect(Self.result.metrics.consumers[1].expiredIterators > 0)
        #expect(Self.result.metrics.consumers[0].expiredIterators == 0)
    }

    @Test func sameSeedSameDigest() {
        #expect(ScenarioFixtures.run(Self.spec).digest == Self.result.digest)
    }
}
