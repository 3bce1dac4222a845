import FleetModel
import Testing
@testable import Scenario

/// `fleet.partitionKey` beyond strings: zipf keys as an object, and `timestamp-ms`.
struct HotKeyDecodingTests {
    func scenario(partitionKey: String) -> ScenarioText {
        var scenario = ScenarioText()
        scenario.fleet = #""gateways": 1, "devices": [{"kind": "temperature", "count": 1}], "partitionKey": "# + partitionKey
        return scenario
    }

    @Test func zipfKeysAndTimestampKeysAreRead() throws {
        #expect(try spec(scenario(partitionKey: #"{"dist": "zipf", "keys": 1000, "s": 1.1}"#)).fleet.partitionKey
            == .zipf(keys: 1000, exponent: 1.1))
        #expect(try spec(scenario(partitionKey: #""timestamp-ms""#)).fleet.partitionKey == .timestampMillis)
    }

    @Test func badZipfKeysAreReportedByPath() {
        #expect(problems(scenario(partitionKey: #"{"dist": "pareto", "keys": 0, "s": 0, "hot": 1}"#)) == [
            #"fleet.partitionKey.dist: "pareto" is not a key distribution (allowed: "zipf")"#,
            "fleet.partitionKey.keys: 0 is out of range (allowed: 1 to 1000000)",
            "fleet.partitionKey.s: 0 is out of range (allowed: 0.01 to 10)",
            #"fleet.partitionKey.hot: unknown field (allowed: dist, keys, s)"#,
        ])
        #expect(problems(scenario(partitionKey: #"{"dist": "zipf", "s": 1.1}"#)) == ["fleet.partitionKey.keys: missing required field"])
    }
}
