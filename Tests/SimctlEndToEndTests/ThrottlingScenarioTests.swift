import Foundation
import Testing

/// hot-shard-throttling.json overloads two shards: writes throttle and producers drop readings,
/// so the objectives are missed (exit 2) while every invariant still holds.
@Suite struct ThrottlingScenarioTests {
    @Test func objectivesAreMissedAndInvariantsHold() throws {
        try withTemporaryDirectory { dir in
            let json = dir.appendingPathComponent("h.json")
            let outcome = try Simctl.run(["run", "scenarios/hot-shard-throttling.json", "--duration", "1m", "--quiet",
                                          "--db", dir.appendingPathComponent("h.sqlite").path, "--json", json.path])
            #expect(outcome.status == 2, "\(outcome.summary)")
            let summary = try MachineSummaryJSON(text: String(contentsOf: json, encoding: .utf8))
            #expect(summary.string(at: "verdict") == "slo")
            #expect(summary.number(at: "sim.duration_s") == 60)
            #expect((summary.number(at: "put.throttle_rate") ?? 0) > 0)
            #expect((summary.number(at: "records.dropped") ?? 0) > 0)
            #expect(!summary.keys(at: "invariants").isEmpty)
            for name in summary.keys(at: "invariants") {
                #expect(summary.string(at: "invariants.\(name)") == "ok", "invariant \(name)")
            }
            #expect(summary.unaccountedShortfalls() == [])
            for name in ["maxWriteThrottleRate", "maxDropped"] {
                #expect(summary.string(at: "slo.\(name)")?.hasPrefix("missed: ") == true, "slo.\(name)")
            }
        }
    }
}
