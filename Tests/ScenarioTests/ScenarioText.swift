@testable import Scenario

/// A minimal valid scenario, built from parts so a test can change one part and keep the rest.
struct ScenarioText {
    var top = #""version": 1, "name": "minimal", "duration": "1m""#
    var fleet = #""gateways": 1, "devices": [{"kind": "temperature", "count": 1}]"#
    var stream = #""shards": 1"#
    var consumers = #"{"name": "reader"}"#
    /// More top-level members, each with its leading comma.
    var extra = ""

    var text: String {
        "{\(top), \"fleet\": {\(fleet)}, \"stream\": {\(stream)}, \"consumers\": [\(consumers)]\(extra)}"
    }

    /// The minimal scenario with one more member in the first device group.
    static func device(_ member: String) -> ScenarioText {
        var scenario = ScenarioText()
        scenario.fleet = #""gateways": 1, "devices": [{"kind": "temperature", "count": 1, \#(member)}]"#
        return scenario
    }

    /// The minimal scenario with more members in the first consumer.
    static func consumer(_ members: String) -> ScenarioText {
        var scenario = ScenarioText()
        scenario.consumers = #"{"name": "reader", \#(members)}"#
        return scenario
    }

    /// The minimal scenario whose consumer has one analytics operator with `members`.
    static func analytics(_ members: String) -> ScenarioText {
        consumer(#""analytics": [{\#(members)}]"#)
    }
}

/// Every problem `text` has, as `path: message` lines; empty when it is valid.
func problems(_ text: String) -> [String] {
    switch ScenarioLoader.parse(text: text, origin: "test") {
    case .success: return []
    case .failure(let errors): return errors.problems.map(\.description)
    }
}

func problems(_ scenario: ScenarioText) -> [String] { problems(scenario.text) }

/// The spec of a scenario that must be valid.
func spec(_ scenario: ScenarioText) throws -> ScenarioSpec {
    try ScenarioLoader.parse(text: scenario.text, origin: "test").get().spec
}
