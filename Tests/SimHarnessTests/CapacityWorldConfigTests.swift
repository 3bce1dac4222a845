import Scenario
import SimHarness
import SimKernel
import StreamModel
import Testing

/// The scenario's capacity settings reach the world's configuration.
@Suite("Capacity in the world")
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
}
