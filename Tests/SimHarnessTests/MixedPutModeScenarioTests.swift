import FleetModel
import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// `devices[].putMode` through the real world: one fleet writing some groups one PutRecord at a
/// time and the others in PutRecords batches.
@Suite struct MixedPutModeScenarioTests {
    /// The smoke scenario over 8 gateways, its temperature sensors writing one PutRecord each
    /// beside the batched other kinds, gateways 0–3 cut off from 30 s to 40 s, under whole-state
    /// audits (a single-mode sender never has two calls in flight): every checker holds, every
    /// reading is accounted for, and the run reproduces.
    @Test func test_W5_sensorsWriteOneByOneBesideBatchedKindsThroughAnOutage() {
        var spec = ScenarioFixtures.smoke.spec
        spec.fleet.gateways = 8
        spec.fleet.devices[0].putMode = .single
        spec.faults = [FaultSpec(at: .seconds(30), action: .gatewayOffline(gateways: .ids(0...3), duration: .seconds(10)))]
        let result = ScenarioFixtures.audited(spec)
        for checker in result.invariants { #expect(checker.holds, "\(checker.name): \(checker.firstViolation ?? "")") }
        #expect(result.fleet.emitted == result.metrics.accepted - result.metrics.duplicates + result.fleet.dropped + result.inFlight)
        #expect(result.fleet.offlineHeld > 0 && result.fleet.drainRequests > 0 && result.fleet.dropped == 0)
        // 80 sensors a second for 2 minutes, each reading in a call of its own.
        #expect(result.metrics.putRequests > 80 * 120)
        #expect(ScenarioFixtures.run(spec).digest == result.digest)
    }
}
