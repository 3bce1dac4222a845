import Foundation
import Testing

/// `simctl compare` puts two stored runs side by side and marks what got better or worse.
@Suite struct CompareCommandTests {
    /// The smoke scenario with `shards` shards, each limited to 100 records a second: at 137
    /// records/s one shard throttles and two do not.
    static func smoke(shards: Int, in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("smoke-\(shards).json").path
        let text = try String(contentsOfFile: Simctl.packageRoot.appendingPathComponent("scenarios/smoke.json").path, encoding: .utf8)
            .replacingOccurrences(of: "\"stream\": {\"shards\": 2}",
                                  with: "\"stream\": {\"shards\": \(shards), \"limits\": {\"writeRecordsPerSecond\": 100}}")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func twoSeedsOfOneScenarioDifferInDigestAndFigures() throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("runs.sqlite").path
            for seed in ["7", "8"] {
                let run = try Simctl.run(["run", "scenarios/smoke.json", "--seed", seed, "--db", database, "--quiet"])
                try #require(run.status == 0, "\(run.summary)")
            }
            let compare = try Simctl.run(["compare", "1", "2", "--db", database])
            #expect(compare.status == 0, "\(compare.summary)")
            #expect(compare.stdout.contains("digests differ: "), "\(compare.stdout)")
            #expect(compare.stdout.contains("scenario texts: identical"))
            #expect(!compare.stdout.contains("warning: these are runs of different scenarios"))
            let json = try Simctl.run(["compare", "1", "2", "--format", "json", "--db", database])
            let tree = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect(tree["digests_differ"] as? Bool == true)
            let metrics = try #require(tree["metrics"] as? [[String: Any]])
            #expect(metrics.contains { $0["name"] as? String == "consumers.dashboard.latency.e2e_ms.p50" && $0["status"] as? String != "same" })
        }
    }

    @Test func fewerShardsShowThrottlingUpAndThroughputDownAsRegressions() throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("runs.sqlite").path
            for shards in [2, 1] {
                let run = try Simctl.run(["run", try Self.smoke(shards: shards, in: dir), "--db", database, "--quiet"])
                try #require([0, 2].contains(run.status), "\(run.summary)")
            }
            let compare = try Simctl.run(["compare", "1", "2", "--db", database])
            #expect(compare.status == 0, "\(compare.summary)")
            let lines = compare.stdout.split(separator: "\n").map(String.init)
            for metric in ["put.throttled_entries", "put.throttle_rate", "throughput.records_per_second"] {
                let line = try #require(lines.first { $0.hasPrefix(metric + " ") }, "no row for \(metric):\n\(compare.stdout)")
                #expect(line.hasSuffix("REGRESSED"), "\(line)")
            }
            #expect(compare.stdout.contains("\n-  \"stream\": {\"shards\": 2,"), "the scenario diff is missing:\n\(compare.stdout)")
            #expect(compare.stdout.contains("\n+  \"stream\": {\"shards\": 1,"))
            let markdown = try Simctl.run(["compare", "1", "2", "--format", "md", "--db", database])
            #expect(markdown.stdout.contains("| `put.throttle_rate` |") && markdown.stdout.contains("**regressed**"))
            #expect(markdown.stdout.contains("```diff"))
        }
    }

    @Test func runsOfDifferentScenariosAreComparedWithAWarning() throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("runs.sqlite").path
            let renamed = dir.appendingPathComponent("renamed.json").path
            let text = try String(contentsOfFile: Simctl.packageRoot.appendingPathComponent("scenarios/smoke.json").path, encoding: .utf8)
            try text.replacingOccurrences(of: "\"name\": \"smoke\"", with: "\"name\": \"smoke-renamed\"")
                .write(toFile: renamed, atomically: true, encoding: .utf8)
            for scenario in ["scenarios/smoke.json", renamed] {
                let run = try Simctl.run(["run", scenario, "--db", database, "--quiet", "--duration", "30s"])
                try #require(run.status == 0, "\(run.summary)")
            }
            let compare = try Simctl.run(["compare", "1", "latest", "--db", database])
            #expect(compare.status == 0, "\(compare.summary)")
            #expect(compare.stdout.contains("warning: these are runs of different scenarios (smoke, smoke-renamed)"), "\(compare.stdout)")
            #expect(compare.stdout.contains("digests equal: "), "renaming changes nothing simulated:\n\(compare.stdout)")
        }
    }
}
