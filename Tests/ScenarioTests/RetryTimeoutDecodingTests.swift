import FleetModel
import SimKernel
import Testing
@testable import Scenario

/// `fleet.retry.timeout` (an addition to v1): a duration from 1 ms to 10 min, or null (the
/// default: wait for every response).
struct RetryTimeoutDecodingTests {
    func scenario(retry: String) -> ScenarioText {
        var scenario = ScenarioText()
        scenario.fleet = #""gateways": 1, "devices": [{"kind": "temperature", "count": 1}], "retry": "# + retry
        return scenario
    }

    @Test func aTimeoutIsReadAndNullOrAbsentMeansNone() throws {
        #expect(try spec(scenario(retry: #"{"timeout": "2s"}"#)).fleet.retry.timeout == .seconds(2))
        #expect(try spec(scenario(retry: #"{"timeout": null}"#)).fleet.retry.timeout == nil)
        #expect(try spec(scenario(retry: #"{}"#)).fleet.retry.timeout == nil)
    }

    @Test func aTimeoutOutOfRangeIsReportedByPath() {
        #expect(problems(scenario(retry: #"{"timeout": "0ms"}"#)).count == 1)
        #expect(problems(scenario(retry: #"{"timeout": "11m"}"#)).first?.hasPrefix("fleet.retry.timeout: ") == true)
    }
}
