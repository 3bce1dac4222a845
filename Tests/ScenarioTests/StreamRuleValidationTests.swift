import Testing
@testable import Scenario

/// Stream rules that a scenario breaks before anything runs: the retention range (T2), the
/// number of enhanced fan-out consumers a stream registers (E2), and the range of the limits
/// simctl adds to v1 for GetShardIterator (R8) and the UPDATING status (RS7).
@Suite struct StreamRuleValidationTests {
    static func fanOutConsumers(_ count: Int, limit: Int? = nil) -> ScenarioText {
        var scenario = ScenarioText()
        scenario.consumers = (0..<count).map { #"{"name": "push-\#($0)", "type": "efo"}"# }.joined(separator: ", ")
        if let limit { scenario.stream = #""shards": 1, "limits": {"efoMaxConsumers": \#(limit)}"# }
        return scenario
    }

    /// The default limit of 20 holds 20 fan-out consumers and refuses the 21st by name; a lower
    /// `efoMaxConsumers` does the same at its own count.
    @Test func test_E2_fanOutConsumersBeyondTheStreamLimitAreRefusedByName() {
        #expect(problems(Self.fanOutConsumers(20)).isEmpty)
        #expect(problems(Self.fanOutConsumers(21)) == [
            #"consumers[20].type: "efo" makes 21 enhanced fan-out consumers; a stream registers at most 20 (stream.limits.efoMaxConsumers)"#,
        ])
        #expect(problems(Self.fanOutConsumers(2, limit: 2)).isEmpty)
        #expect(problems(Self.fanOutConsumers(3, limit: 2)) == [
            #"consumers[2].type: "efo" makes 3 enhanced fan-out consumers; a stream registers at most 2 (stream.limits.efoMaxConsumers)"#,
        ])
    }

    /// E2 caps enhanced fan-out consumers only: 30 polling applications beside 20 fan-out
    /// consumers are a valid scenario, whatever `efoMaxConsumers` says.
    @Test func test_E2_pollingApplicationsAreNotCappedByTheFanOutLimit() {
        var scenario = Self.fanOutConsumers(20)
        scenario.consumers += ", " + (0..<30).map { #"{"name": "poll-\#($0)"}"# }.joined(separator: ", ")
        #expect(problems(scenario).isEmpty)
        scenario.stream = #""shards": 1, "limits": {"efoMaxConsumers": 20}"#
        #expect(problems(scenario).isEmpty)
    }

    @Test func test_T2_retentionRunsFrom24HoursTo365Days() {
        var scenario = ScenarioText()
        for (retention, valid) in [("24h", true), ("8760h", true), ("23h59m", false), ("8761h", false)] {
            scenario.stream = #""shards": 1, "retention": "\#(retention)""#
            #expect(problems(scenario).isEmpty == valid, "retention \(retention)")
        }
    }

    @Test func test_R8_getShardIteratorCallsPerSecondIsACount() {
        var scenario = ScenarioText()
        for (calls, valid) in [("1", true), ("5", true), ("0", false), ("\"5\"", false)] {
            scenario.stream = #""shards": 1, "limits": {"getShardIteratorCallsPerSecond": \#(calls)}"#
            #expect(problems(scenario).isEmpty == valid, "getShardIteratorCallsPerSecond \(calls)")
        }
    }

    @Test(arguments: ["updatingDuration", "updateShardCountDuration"])
    func test_RS7_reshardDurationsRunFromOneMillisecondToOneHour(field: String) {
        var scenario = ScenarioText()
        for (duration, valid) in [("1ms", true), ("1h", true), ("0ms", false), ("61m", false)] {
            scenario.stream = #""shards": 1, "limits": {"\#(field)": "\#(duration)"}"#
            #expect(problems(scenario).isEmpty == valid, "\(field) \(duration)")
        }
    }
}
