import Foundation
import Testing

/// The human summary that `simctl run` prints: every section, in order, and the same digest as
/// the machine summary.
@Suite struct RunSummaryTests {
    static let sections = ["Traffic", "End-to-end latency", "Shards", "Windows", "Invariants",
                           "verdict: pass", "digest:", "reproduce: simctl run scenarios/smoke.json --seed 7"]

    @Test func smokeRunPrintsEverySectionInOrder() throws {
        try withTemporaryDirectory { dir in
            let json = dir.appendingPathComponent("s.json")
            let outcome = try Simctl.run(["run", "scenarios/smoke.json",
                                          "--db", dir.appendingPathComponent("s.sqlite").path, "--json", json.path])
            #expect(outcome.status == 0, "\(outcome.summary)")
            var rest = outcome.stdout[...]
            for section in Self.sections {
                let found = try #require(rest.range(of: section), "missing or out of order: \(section)\n\(outcome.stdout)")
                rest = rest[found.upperBound...]
            }
            let summary = try MachineSummaryJSON(text: String(contentsOf: json, encoding: .utf8))
            let digest = try #require(summary.string(at: "digest"))
            let printed = outcome.stdout.split(separator: "\n").first { $0.hasPrefix("digest:") }
            #expect(printed?.dropFirst("digest:".count).trimmingCharacters(in: .whitespaces) == digest,
                    "the printed \(printed ?? "digest") differs from the JSON's \(digest)")
        }
    }
}
