import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// A run asked to stop once its verdict is decided (`Runner.stopWhenDecided`, used by `simctl
/// plan`) stops at the first slice by which it has missed an objective for good, says why, and
/// is judged on what it did; a run that never misses one is the same run as without the request.
@Suite struct EarlyStopScenarioTests {
    /// Runs in slices of `slice`, as `simctl` does, stopping once decided.
    static func run(_ spec: ScenarioSpec, stoppingAt slo: SLOSpec?, slice: SimDuration = .seconds(5)) -> RunResult {
        var runner = Runner(config: WorldConfig(scenario: spec))
        runner.stopWhenDecided = slo
        var bound = SimTime.zero + slice
        while runner.advance(until: bound) { bound = bound + slice }
        return runner.finish()
    }

    static let throttling = ScenarioFixtures.throttlingSpec

    @Test func aRunThatDropsStopsAtTheFirstSliceWithADrop() throws {
        let result = Self.run(Self.throttling, stoppingAt: SLOSpec(maxDropped: 0))
        let reason = try #require(result.stoppedEarly)
        guard case .decided(let text) = reason else { Issue.record("stopped for \(reason)"); return }
        #expect(text.contains("records dropped by producers"), "\(text)")
        #expect(text.contains("above maxDropped 0"), "\(text)")
        #expect(result.duration + result.drain < Self.throttling.duration + Self.throttling.drain)
        #expect(result.fleet.dropped > 0)
        #expect(Verdict.of(result, objectives: Objectives.evaluate(SLOSpec(maxDropped: 0), result: result)) == .slo)
    }

    @Test func aDecidedRunStillHoldsItsInvariantsButLiveness() {
        let result = Self.run(Self.throttling, stoppingAt: SLOSpec(maxDropped: 0))
        #expect(!result.invariants.map(\.name).contains("liveness"))
        for checker in result.invariants {
            #expect(checker.holds, "\(checker.name): \(checker.firstViolation ?? "")")
        }
        let accounted = result.metrics.accepted - result.metrics.duplicates + result.fleet.dropped + result.inFlight
        #expect(accounted == result.fleet.emitted)
    }

    @Test func aThrottleRateDecidesOnlyWhenNoLaterAttemptCouldBringItBack() throws {
        let full = ScenarioFixtures.throttlingResult
        let decided = Self.run(Self.throttling, stoppingAt: SLOSpec(maxWriteThrottleRate: full.metrics.throttleRate / 4))
        let reason = try #require(decided.stoppedEarly)
        #expect(reason.description.contains("even if every later attempt were accepted"), "\(reason.description)")
        // A limit the full run meets is never decided early, however bad the start looks.
        let met = Self.run(Self.throttling, stoppingAt: SLOSpec(maxWriteThrottleRate: full.metrics.throttleRate * 1.01))
        #expect(met.stoppedEarly == nil)
        #expect(met.digest == full.digest)
    }

    @Test func theCeilingBoundsWhatTheFleetEmits() {
        let fleet = WorldConfig(scenario: ScenarioFixtures.smoke.spec).fleet
        let emitted = ScenarioFixtures.smokeResult.fleet.emitted
        #expect(emitted <= fleet.emissionCeiling)
        // Tight: at most two readings per device above what a run emits (no bursts here).
        #expect(fleet.emissionCeiling <= emitted + 2 * UInt64(fleet.deviceCount))
    }

    @Test func iteratorAgeDecidesOnceItPassesItsLimit() throws {
        let result = Self.run(ScenarioFixtures.smoke.spec, stoppingAt: SLOSpec(maxIteratorAgeMs: 1))
        let reason = try #require(result.stoppedEarly)
        #expect(reason.description.contains("iterator age"), "\(reason.description)")
        #expect(result.metrics.consumers.contains { $0.maxIteratorAgeMs > 1 })
    }

    @Test func aRunThatMeetsItsObjectivesIsTheSameRun() {
        let result = Self.run(ScenarioFixtures.smoke.spec, stoppingAt: SLOSpec(maxDropped: 0))
        #expect(result.stoppedEarly == nil)
        #expect(result.digest == ScenarioFixtures.smokeResult.digest)
        #expect(result.invariants.map(\.name).contains("liveness"))
    }

    @Test func withoutTheRequestNothingStopsEarly() {
        #expect(Self.run(Self.throttling, stoppingAt: nil).stoppedEarly == nil)
    }
}
