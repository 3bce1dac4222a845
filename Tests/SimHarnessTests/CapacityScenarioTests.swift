import Scenario
import SimHarness
import SimKernel
import StreamModel
import SimTestSupport
import Testing

/// Capacity policies through the whole world: an autoscaling policy against a traffic burst
/// (RS9, the CloudWatch-alarm pattern) and an on-demand stream splitting hot shards (C2, C4).
@Suite struct CapacityScenarioTests {
    static let autoscaling = ScenarioFixtures.run(ScenarioFixtures.load("autoscaling-burst").spec)
    static let onDemand = ScenarioFixtures.run(ScenarioFixtures.load("on-demand").spec)

    @Test func test_RS9_theAutoscalerDoublesDuringTheBurstAndHalvesAfterIt() {
        let result = Self.autoscaling
        let targets = result.reshards.map(\.operation)
        #expect(targets == [.updateShardCount(target: 4), .updateShardCount(target: 8),
                            .updateShardCount(target: 4), .updateShardCount(target: 2)])
        #expect(result.reshards.allSatisfy { $0.refusal == nil })
        #expect(result.scalingDecisions.count == 4)
        #expect(result.shards.filter { $0.state == "OPEN" }.count == 2)
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
    }

    @Test func test_C4_onDemandSplitsEveryHotShardAfterTheDelay() {
        let result = Self.onDemand
        #expect(result.shards.count == 12)
        #expect(result.shards.filter { $0.state == "OPEN" }.count == 8)
        #expect(result.reshards.allSatisfy { if case .onDemandSplit = $0.operation { $0.refusal == nil } else { false } })
        #expect(result.reshards.map(\.at) == Array(repeating: .zero + .minutes(5), count: 4))
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
    }

    @Test func test_RS9_anUpdateShardCountBeyondDoubleIsRefusedAndChangesNothing() throws {
        var config = WorldConfig(scenario: ScenarioFixtures.smoke.spec)
        config.operations = [ScheduledOperation(at: .seconds(10), operation: .updateShardCount(target: 5))]
        let result = ScenarioFixtures.run(config)
        let refusal = try #require(result.reshards.first?.refusal)
        #expect(refusal.contains("LimitExceededException") || refusal.contains("ValidationException"), "\(refusal)")
        #expect(result.shards.count == 2)
    }

    @Test func test_C1_anOnDemandStreamRefusesUpdateShardCount() throws {
        var config = WorldConfig(scenario: ScenarioFixtures.smoke.spec)
        config.capacity = .onDemand(OnDemandPolicy())
        config.operations = [ScheduledOperation(at: .seconds(10), operation: .updateShardCount(target: 4))]
        let refusal = try #require(ScenarioFixtures.run(config).reshards.first?.refusal)
        #expect(refusal.contains("ValidationException"), "\(refusal)")
    }

    @Test func sameSeedSameDigest() {
        #expect(ScenarioFixtures.run(ScenarioFixtures.load("autoscaling-burst").spec).digest == Self.autoscaling.digest)
        #expect(ScenarioFixtures.run(ScenarioFixtures.load("on-demand").spec).digest == Self.onDemand.digest)
    }
}
