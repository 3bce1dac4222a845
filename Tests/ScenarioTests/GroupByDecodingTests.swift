import AnalyticsModel
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
}
