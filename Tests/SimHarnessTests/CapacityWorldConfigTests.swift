import FleetModel
import Scenario
import SimHarness
import SimKernel
import StreamModel
import Telemetry
import SimTestSupport
import Testing

/// The scenario's capacity settings and traffic bursts reach the world's configuration, and a
/// burst runs end to end with every invariant holding.
@Suite("Capacity and bursts in the world")
struct CapacityWorldConfigTests {
    @Test func capacityFollowsTheStreamMode() {
        var spec = ScenarioFixtures.smoke.spec
        #expect(WorldConfig(scenario: spec).capacity == .provisioned(autoscaling: nil))
        spec.stream.autoscaling = AutoscalingPolicy(periods: 3)
        #expect(WorldConfig(scenario: spec).capacity == .provisioned(autoscaling: AutoscalingPolicy(periods: 3)))
        spec.stream.autoscaling = nil
        spec.stream.mode = .onDemand
        spec.stream.onDemand = OnDemandPolicy(splitDelay: .minutes(5))
        #expect(WorldConfig(scenario: spec).capacity == .onDemand(OnDemandPolicy(splitDelay: .minutes(5))))
        #expect(WorldConfig(scenario: spec).capacity.mode == .onDemand)
    }

    @Test func aTrafficBurstRunsWithEveryInvariantHolding() {
        var spec = ScenarioFixtures.smoke.spec
        spec.faults = [
            FaultSpec(at: .seconds(30), action: .trafficBurst(multiplier: 5, duration: .seconds(20), kinds: [.cpu, .gps])),
        ]
        let config = WorldConfig(scenario: spec)
        #expect(config.fleet.bursts == [TrafficBurst(start: .zero + .seconds(30), duration: .seconds(20), multiplier: 5,
                                                     kinds: [.cpu, .gps])])
        let result = ScenarioFixtures.run(config)
        #expect(result.invariantsHold, "\(result.invariants)")
        // Each of the 80 cpu and gps devices (5 s interval) makes 16–20 readings 1 s apart in the
        // burst instead of 4, and its later phase shifts by under 5 s (±1 reading by the end).
        let extra = Int64(result.fleet.emitted) - Int64(ScenarioFixtures.smokeResult.fleet.emitted)
        #expect(extra >= 80 * 11 && extra <= 80 * 17, "extra \(extra)")
        #expect(result.fleet.emitted == result.metrics.accepted - result.metrics.duplicates)
    }
}
