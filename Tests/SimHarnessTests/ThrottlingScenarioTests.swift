import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// The hot-shard scenario (shortened to 20 s): writes throttle, gateways retry and drop, the
/// checkers still hold and the objectives are missed.
@Suite("Throttling scenario")
struct ThrottlingScenarioTests {
    @Test func throttlesRetriesAndDrops() {
        let result = ScenarioFixtures.throttlingResult
        #expect(result.duration == .seconds(20))
        #expect(result.metrics.throttleRate > 0)
        #expect(result.metrics.throttleRate < 1)
        #expect(result.fleet.retries > 0)
        #expect(result.fleet.dropped > 0)
        #expect(result.stoppedEarly == nil)
    }

    @Test func everyInvariantStillHolds() {
        let result = ScenarioFixtures.throttlingResult
        #expect(result.invariants.count == 8)
        for checker in result.invariants {
            #expect(checker.holds, "\(checker.name): \(checker.firstViolation ?? "")")
        }
    }

    @Test func readingsBalanceOnTheResultsNumbers() {
        let result = ScenarioFixtures.throttlingResult
        let accounted = result.metrics.accepted - result.metrics.duplicates + result.fleet.dropped + result.inFlight
        #expect(result.fleet.emitted == accounted)
        #expect(result.fleet.emitted > 0)
    }

    @Test func theMissedObjectivesGiveAnSLOVerdict() throws {
        let result = ScenarioFixtures.throttlingResult
        let objectives = Objectives.evaluate(ScenarioFixtures.throttlingSpec.slo, result: result)
        let missed = objectives.filter { !$0.met }.map(\.name)
        #expect(missed == ["maxWriteThrottleRate", "maxDropped"])
        let dropped = try #require(objectives.first { $0.name == "maxDropped" })
        #expect(dropped.status == "missed: \(result.fleet.dropped) > 0")
        #expect(Verdict.of(result, objectives: objectives) == .slo)
        #expect(Verdict.of(result, objectives: objectives).exitCode == 2)
    }
}
