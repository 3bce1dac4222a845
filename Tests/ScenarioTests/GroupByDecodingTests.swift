import AnalyticsModel
import Telemetry
import Testing
@testable import Scenario

/// `groupBy` is one key or an array of 1–4 distinct keys.
struct GroupByDecodingTests {
    func groupBy(_ members: String) -> [WindowGrouping]? {
        guard case .success(let loaded) = ScenarioLoader.parse(text: ScenarioText.analytics(members).text, origin: "test") else { return nil }
        return loaded.spec.consumers[0].analytics[0].groupBy
    }

    @Test func aStringOrAnArrayOfKeys() {
        #expect(groupBy(#""type": "tumbling", "groupBy": "gateway""#) == [.gateway])
        #expect(groupBy(#""type": "sliding", "slide": "10s", "groupBy": ["kind", "gateway"]"#) == [.kind, .gateway])
    }

    @Test func repeatedUnknownTooManyOrNoKeysAreRefused() {
        #expect(problems(ScenarioText.analytics(#""type": "tumbling", "groupBy": ["kind", "kind"]"#))
            == [#"consumers[0].analytics[0].groupBy[1]: "kind" is repeated (each key at most once)"#])
        #expect(problems(ScenarioText.analytics(#""type": "tumbling", "groupBy": []"#)).count == 1)
        #expect(problems(ScenarioText.analytics(#""type": "tumbling", "groupBy": ["kind", "device", "gateway", "shard", "kind"]"#)).count == 1)
        #expect(problems(ScenarioText.analytics(#""type": "tumbling", "groupBy": ["kind", "planet"]"#)).count == 1)
    }

    @Test func weatherKeysAndSensorsPerStation() throws {
        #expect(groupBy(#""type": "tumbling", "groupBy": ["station", "sensor", "city", "state"]"#) == [.station, .sensor, .city, .state])
        var sensors = WeatherParams()
        sensors.sensorsPerStation = 4
        #expect(try spec(ScenarioText.weather(#""sensorsPerStation": 4"#)).fleet.devices[0].params == .weather(sensors))
        #expect(problems(ScenarioText.weather(#""sensorsPerStation": 5"#))
            == ["fleet.devices[0].params.sensorsPerStation: 5 is out of range (allowed: 1 to 4)"])
    }
}

extension ScenarioText {
    /// The minimal scenario with weather stations of the given params.
    static func weather(_ params: String) -> ScenarioText {
        var scenario = ScenarioText()
        scenario.fleet = #""gateways": 1, "devices": [{"kind": "weather", "count": 8, "params": {\#(params)}}]"#
        return scenario
    }
}
