import Testing
@testable import Scenario
import SimKernel
import StreamModel
import Telemetry

/// `stream.mode`, `stream.autoscaling`, `stream.onDemand` and `traffic-burst` faults decode into
/// the model's values; autoscaling and on-demand settings each need their own mode.
@Suite struct CapacityDecodingTests {
    static func stream(_ members: String) -> ScenarioText {
        var scenario = ScenarioText()
        scenario.stream = members
        return scenario
    }

    @Test func test_C2_anOnDemandStreamStartsAtFourShardsWithAFifteenMinuteSplitDelay() throws {
        let stream = try spec(Self.stream(#""mode": "on-demand""#)).stream
        #expect(stream.mode == .onDemand && stream.shards == 4)
        #expect(stream.onDemand == OnDemandPolicy(splitDelay: .minutes(15)))
    }

    @Test func test_C4_theSplitDelayIsSetWithOnDemand() throws {
        let stream = try spec(Self.stream(#""mode": "on-demand", "onDemand": {"splitDelay": "5m"}"#)).stream
        #expect(stream.onDemand.splitDelay == .minutes(5))
        #expect(problems(Self.stream(#""mode": "on-demand", "onDemand": {"splitDelay": "0s", "x": 1}"#)) == [
            #"stream.onDemand.splitDelay: "0s" is out of range (allowed: 1s to 1d)"#,
            "stream.onDemand.x: unknown field (allowed: splitDelay)",
        ])
    }

    @Test func autoscalingDecodesIntoTheModelPolicy() throws {
        let text = #"""
            "shards": 2, "autoscaling": {"metric": "IncomingBytes", "scaleUpAt": 0.8, "scaleDownAt": 0.25, "periods": 3,
              "period": "5m", "cooldown": "10m", "step": "double"}
            """#
        let policy = try #require(try spec(Self.stream(text)).stream.autoscaling)
        #expect(policy == AutoscalingPolicy(metric: .incomingBytes, scaleUpAt: 0.8, scaleDownAt: 0.25, periods: 3,
                                            period: .minutes(5), cooldown: .minutes(10), step: .double))
        #expect(try spec(Self.stream(#""shards": 2, "autoscaling": {}"#)).stream.autoscaling == AutoscalingPolicy())
    }

    @Test func test_RS9_autoscalingIsRefusedForAnOnDemandStream() {
        #expect(problems(Self.stream(#""mode": "on-demand", "autoscaling": {"scaleUpAt": 0.8}"#)) == [
            #"stream.autoscaling: not allowed with mode "on-demand": autoscaling calls UpdateShardCount, which only "#
                + "provisioned streams support; on-demand streams split shards themselves (see stream.onDemand)",
        ])
        #expect(problems(Self.stream(#""mode": "on-demand", "autoscaling": null"#)).isEmpty)
    }

    @Test func onDemandSettingsNeedTheOnDemandMode() {
        #expect(problems(Self.stream(#""shards": 2, "onDemand": {"splitDelay": "1m"}"#))
            == [#"stream.onDemand: only allowed with mode "on-demand" (this stream is provisioned)"#])
        // An invalid mode is reported once, without a follow-up complaint.
        #expect(problems(Self.stream(#""shards": 2, "mode": "turbo", "onDemand": {}"#))
            == [#"stream.mode: "turbo" is not a stream mode (allowed: "provisioned", "on-demand")"#])
    }

    @Test func trafficBurstsAreAccepted() throws {
        var scenario = ScenarioText()
        scenario.extra = #"""
            , "faults": [{"at": "10s", "type": "traffic-burst", "multiplier": 0.001, "duration": "20s", "kinds": ["temperature"]},
                         {"at": "0s", "type": "traffic-burst", "multiplier": 1000, "duration": "1m"}]
            """#
        let faults = try spec(scenario).faults
        #expect(faults == [
            FaultSpec(at: .seconds(10), action: .trafficBurst(multiplier: 0.001, duration: .seconds(20), kinds: [.temperature])),
            FaultSpec(at: .zero, action: .trafficBurst(multiplier: 1_000, duration: .minutes(1), kinds: DeviceKind.allCases)),
        ])
        scenario.extra = #", "faults": [{"at": "1s", "type": "traffic-burst", "multiplier": 1000.5, "duration": "1s"}]"#
        #expect(problems(scenario) == ["faults[0].multiplier: 1000.5 is out of range (allowed: 0.001 to 1000)"])
    }
}
