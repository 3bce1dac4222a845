import Foundation
import Testing

/// `simctl bench` prints its figures as JSON, writes them with `--out`, and stores nothing.
@Suite struct BenchCommandTests {
    @Test func benchPrintsAndWritesItsFigures() throws {
        try withTemporaryDirectory { dir in
            let out = dir.appendingPathComponent("bench.json")
            let outcome = try Simctl.run(["bench", "scenarios/smoke.json", "--out", out.path])
            #expect(outcome.status == 0, "\(outcome.summary)")
            let printed = try MachineSummaryJSON(text: outcome.stdout)
            let written = try MachineSummaryJSON(text: String(contentsOf: out, encoding: .utf8))
            for key in ["wall_seconds", "records_per_wall_second", "events", "events_per_wall_second", "peak_rss_bytes"] {
                let value = try #require(printed.number(at: key), "\(key) missing")
                #expect(value > 0, "\(key) = \(value)")
                #expect(written.number(at: key) != nil, "\(key) not written")
            }
            #expect(printed.string(at: "scenario") == "smoke")
            #expect(printed.string(at: "allocator")?.hasPrefix("jemalloc ") == true, "simctl is not running on jemalloc")
            #expect(printed.string(at: "digest") == written.string(at: "digest"))
        }
    }
}
