import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// Retention (T1, §6) through the whole world. Scenario files cannot go below 24 h (T2), so the
/// world is configured directly with a retention of seconds: the smoke fleet's archiver polls
/// every second with 500-record calls and falls behind a 1 s retention.
@Suite struct RetentionScenarioTests {
    static func config(retention: SimDuration) -> WorldConfig {
        var config = WorldConfig(scenario: ScenarioFixtures.smoke.spec)
        config.retention = retention
        return config
    }

    static let shortRetention = ScenarioFixtures.run(config(retention: .seconds(1)))

    @Test func test_T1_aConsumerBehindRetentionLosesRecordsAndTheVerdictIsDataLoss() {
        let result = Self.shortRetention
        #expect(result.lost > 0)
        #expect(Verdict.of(result, objectives: []) == .dataLoss)
        #expect(Verdict.dataLoss.exitCode == 3)
        // Everything else accounts for the loss: no invariant fires.
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
    }

    @Test func test_T1_lossIsCountedPerConsumerAndShardAndReconciles() {
        let result = Self.shortRetention
        for (consumer, lostPerShard) in result.lostPerConsumerShard.enumerated() {
            let lost = lostPerShard.reduce(0, +)
            #expect(result.metrics.consumers[consumer].lost == lost)
            // Every accepted record was processed, lost, or is still unread.
            #expect(result.metrics.consumers[consumer].delivered + lost + result.undelivered[consumer] == result.metrics.accepted)
        }
    }

    @Test func aLongRetentionLosesNothing() {
        let result = ScenarioFixtures.smokeResult
        #expect(result.lost == 0)
    }

    @Test func theRetentionLossScenarioValidatesAndNamesItsSlowConsumer() {
        let spec = ScenarioFixtures.load("retention-loss").spec
        #expect(spec.stream.retention == .hours(24))
        #expect(spec.duration > spec.stream.retention)
        #expect(spec.consumers.map(\.name) == ["live", "batch-report"])
    }
}
