import Telemetry
import Testing
@testable import Scenario

/// `fleet.devices[].kind: "diagnostic-log"` (an addition to v1) and its params.
struct DiagnosticLogDecodingTests {
    func scenario(params: String) -> ScenarioText {
        var scenario = ScenarioText()
        scenario.fleet = #""gateways": 1, "devices": [{"kind": "diagnostic-log", "count": 1, "params": \#(params)}]"#
        return scenario
    }

    @Test func sizesAreReadWithTheirDefaults() throws {
        let group = try spec(scenario(params: #"{"medianBytes": "20KB", "p99Bytes": 60000}"#)).fleet.devices[0]
        #expect(group.kind == .diagnosticLog && group.interval == .seconds(60))
        var expected = DiagnosticLogParams()
        (expected.medianBytes, expected.p99Bytes) = (20_000, 60_000)
        #expect(group.params == .diagnosticLog(expected))
    }

    @Test func badSizesAreReportedByPath() {
        #expect(problems(scenario(params: #"{"medianBytes": 9000, "p99Bytes": 8000}"#)) == [
            "fleet.devices[0].params.p99Bytes: 8000 leaves p99Bytes 8000 below medianBytes 9000 (allowed: medianBytes ≤ p99Bytes)",
        ])
        #expect(problems(scenario(params: #"{"medianBytes": "2MB"}"#)).first?.hasPrefix("fleet.devices[0].params.medianBytes: ") == true)
    }
}
