import Foundation
import Testing

/// The `--json` machine summary of `cli-and-results-v1.md`: every mandatory key that exists in v0,
/// as nested objects whose dotted paths are the key names, keys sorted in the file.
@Suite struct MachineSummaryTests {
    static let strings = ["schema", "scenario.name", "scenario.sha256", "simctl.version", "digest", "verdict"]
    static let numbers = [
        "sim.duration_s", "sim.events", "wall.seconds", "wall.records_per_second",
        "records.emitted", "records.accepted", "records.duplicates", "records.dropped", "records.lost", "records.in_flight",
        "put.requests", "put.entries", "put.throttled_entries", "put.throttle_rate", "put.internal_failures",
        "get.calls", "get.throttled_calls",
        "throughput.records_per_second", "throughput.bytes_per_second",
        "anomalies.injected", "cost.monthly_usd", "cost.run_usd", "cost.shard_hours", "cost.put_payload_units",
        "cost.on_demand_monthly_usd", "cost.on_demand_run_usd", "cost.on_demand_written_gb", "cost.on_demand_read_gb",
        "cost.on_demand_fan_out_read_gb",
    ]
    static let consumerNumbers = [
        "latency.e2e_ms.p50", "latency.e2e_ms.p90", "latency.e2e_ms.p99", "latency.e2e_ms.p999", "latency.e2e_ms.max",
        "delivered", "duplicates", "order_violations", "max_iterator_age_ms", "max_millis_behind_latest",
    ]
    static let shardNumbers = ["incoming_records", "incoming_bytes", "throttled", "peak_utilization"]

    /// Runs smoke.json and returns the text of its `--json` file.
    static func smokeJSON() throws -> String {
        try withTemporaryDirectory { dir in
            let json = dir.appendingPathComponent("s.json")
            let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--quiet",
                                          "--db", dir.appendingPathComponent("s.sqlite").path, "--json", json.path])
            #expect(outcome.status == 0, "\(outcome.summary)")
            return try String(contentsOf: json, encoding: .utf8)
        }
    }

    @Test func everyMandatoryKeyIsPresent() throws {
        let summary = try MachineSummaryJSON(text: Self.smokeJSON())
        #expect(summary.string(at: "schema") == "simctl.run.v1")
        #expect(summary.string(at: "scenario.name") == "smoke")
        #expect(summary.string(at: "verdict") == "pass")
        #expect(summary.string(at: "scenario.sha256")?.count == 64)
        #expect(summary.value(at: "seed") != nil, "seed is missing")
        for path in Self.strings { #expect(summary.string(at: path) != nil, "\(path) is not a string") }
        for path in Self.numbers { #expect(summary.number(at: path) != nil, "\(path) is not a number") }
        #expect(summary.keys(at: "consumers") == ["archiver", "dashboard"])
        for name in summary.keys(at: "consumers") {
            for key in Self.consumerNumbers {
                #expect(summary.number(at: "consumers.\(name).\(key)") != nil, "consumers.\(name).\(key) is not a number")
            }
        }
        #expect(summary.keys(at: "shards").count == 2, "smoke.json has 2 shards")
        for id in summary.keys(at: "shards") {
            for key in Self.shardNumbers {
                #expect(summary.number(at: "shards.\(id).\(key)") != nil, "shards.\(id).\(key) is not a number")
            }
        }
        for group in ["invariants", "slo"] {
            #expect(!summary.keys(at: group).isEmpty, "\(group) is empty")
            for name in summary.keys(at: group) {
                #expect(summary.string(at: "\(group).\(name)") == "ok", "\(group).\(name) in a passing run")
            }
        }
    }

    /// smoke.json: 2 shards for a 2-minute emission period at list prices; the month is 730 h.
    @Test func costFollowsTheDocumentedFormula() throws {
        let summary = try MachineSummaryJSON(text: Self.smokeJSON())
        let shardHours = try #require(summary.number(at: "cost.shard_hours"))
        let units = try #require(summary.number(at: "cost.put_payload_units"))
        let runUSD = try #require(summary.number(at: "cost.run_usd"))
        #expect(abs(shardHours - 4.0 / 60) < 1e-12)
        #expect(units >= summary.number(at: "records.accepted") ?? .infinity)
        #expect(abs(runUSD - (shardHours * 0.015 + units / 1e6 * 0.014)) < 1e-12)
        #expect(abs((summary.number(at: "cost.monthly_usd") ?? 0) - runUSD * 730 * 30) < 1e-9)
    }

    /// The same traffic on demand: one stream-hour per billed hour, each record written rounded
    /// up to 1 KiB, both polling consumers reading every byte once, GB = 2^30 bytes, at list prices.
    @Test func onDemandCostFollowsTheDocumentedFormula() throws {
        let summary = try MachineSummaryJSON(text: Self.smokeJSON())
        let number = { (key: String) in summary.number(at: "cost.on_demand_" + key) ?? .nan }
        let bytesPerGB = 1_073_741_824.0
        let acceptedGB = (summary.number(at: "throughput.bytes_per_second") ?? 0) * 120 / bytesPerGB
        let accepted = summary.number(at: "records.accepted") ?? 0
        #expect(number("written_gb") >= acceptedGB && number("written_gb") <= acceptedGB + accepted * 1_023 / bytesPerGB)
        #expect(abs(number("read_gb") - 2 * acceptedGB) < 1e-12)
        #expect(number("fan_out_read_gb") == 0)
        let runUSD = 2.0 / 60 * 0.04 + number("written_gb") * 0.08 + number("read_gb") * 0.04
        #expect(abs(number("run_usd") - runUSD) < 1e-12)
        #expect(abs(number("monthly_usd") - runUSD * 730 * 30) < 1e-9)
        // 730 stream-hours alone are $29.20; the smoke traffic adds tens of dollars a month.
        #expect(number("monthly_usd") > 29.2 && number("monthly_usd") < 100, "\(number("monthly_usd"))")
    }

    @Test func everyAcceptedRecordIsDeliveredOrCounted() throws {
        let summary = try MachineSummaryJSON(text: Self.smokeJSON())
        #expect(summary.unaccountedShortfalls() == [])
    }

    @Test func keysAreSortedInTheFile() throws {
        let text = try Self.smokeJSON()
        #expect(JSONKeyOrder.outOfOrderKeys(in: text) == [])
    }

    /// The order check itself must be able to fail.
    @Test func keyOrderCheckFindsUnsortedKeys() {
        let text = #"{"b": {"x": 1, "w": [{"k": "}", "j": 2}]}, "a": "\"z\""}"#
        #expect(JSONKeyOrder.outOfOrderKeys(in: text) == [#""x" ≥ "w""#, #""k" ≥ "j""#, #""b" ≥ "a""#])
        #expect(JSONKeyOrder.outOfOrderKeys(in: #"{"a": {"z": 1}, "b": ["z", "a"]}"#) == [])
    }
}
