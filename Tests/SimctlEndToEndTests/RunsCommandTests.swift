import Foundation
import Testing

/// `simctl runs` lists what `simctl run` stored, newest first, and never creates a database.
@Suite struct RunsCommandTests {
    @Test func listsStoredRunsNewestFirst() throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("runs.sqlite").path
            for seed in ["7", "8"] {
                let run = try Simctl.run(["run", "scenarios/smoke.json", "--quiet", "--duration", "10s", "--seed", seed,
                                          "--db", database])
                #expect(run.status == 0, "\(run.summary)")
            }
            let listing = try Simctl.run(["runs", "--db", database])
            #expect(listing.status == 0, "\(listing.summary)")
            let lines = listing.stdout.split(separator: "\n")
            #expect(lines.count == 3, "\(listing.stdout)")
            #expect(lines.first?.hasPrefix("run") == true)
            #expect(lines.dropFirst().first?.contains(" smoke ") == true)
            #expect(lines.dropFirst().first?.trimmingCharacters(in: .whitespaces).hasPrefix("2 ") == true, "\(listing.stdout)")
            #expect(lines.last?.contains(" 7 ") == true, "\(listing.stdout)")

            let limited = try Simctl.run(["runs", "--db", database, "--limit", "1"])
            #expect(limited.stdout.split(separator: "\n").count == 2)
            let other = try Simctl.run(["runs", "--db", database, "--scenario", "10k-devices"])
            #expect(other.stdout == "no stored runs\n")
        }
    }

    /// The listing's throughput and worst-p99 columns are the runs' own figures, in text and JSON.
    @Test func listsThroughputWorstP99AndVerdictAsTextAndJSON() throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("runs.sqlite").path
            let json = dir.appendingPathComponent("run.json").path
            let run = try Simctl.run(["run", "scenarios/smoke.json", "--quiet", "--duration", "20s", "--db", database, "--json", json])
            try #require(run.status == 0, "\(run.summary)")
            let summary = try MachineSummaryJSON(text: String(contentsOfFile: json, encoding: .utf8))
            let throughput = try #require(summary.number(at: "throughput.records_per_second"))
            let p99 = try #require(["dashboard", "archiver"].compactMap { summary.number(at: "consumers.\($0).latency.e2e_ms.p99") }.max())

            let text = try Simctl.run(["runs", "--db", database])
            let header = try #require(text.stdout.split(separator: "\n").first)
            #expect(header.contains("verdict") && header.contains("records/s") && header.contains("worst p99 ms"), "\(header)")

            let listing = try Simctl.run(["runs", "--db", database, "--format", "json"])
            #expect(listing.status == 0, "\(listing.summary)")
            let tree = try #require(JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [String: Any])
            #expect(tree["schema"] as? String == "simctl.runs.v1")
            let row = try #require((tree["runs"] as? [[String: Any]])?.first)
            #expect(row["id"] as? Int == 1 && row["verdict"] as? String == "pass" && row["scenario"] as? String == "smoke")
            #expect(row["throughput_records_per_second"] as? Double == throughput)
            #expect(row["worst_p99_ms"] as? Double == p99)
        }
    }

    /// A plan's candidate runs name their plan; a run of its own has none.
    @Test func runsOfAPlanNameIt() throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("runs.sqlite").path
            let path = try PlanCommandTests.scenario(in: dir)
            let plan = try Simctl.run(["plan", path, "--max", "4", "--seeds", "1", "--db", database])
            #expect(plan.status == 0, "\(plan.summary)")
            let run = try Simctl.run(["run", "scenarios/smoke.json", "--quiet", "--duration", "10s", "--db", database])
            #expect(run.status == 0, "\(run.summary)")
            let listing = try Simctl.run(["runs", "--db", database, "--format", "json"])
            let tree = try #require(JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [String: Any])
            let rows = try #require(tree["runs"] as? [[String: Any]])
            #expect(rows.first?["plan_id"] is NSNull, "the newest run is the plain one: \(listing.stdout)")
            #expect(rows.count > 1 && rows.dropFirst().allSatisfy { $0["plan_id"] as? Int == 1 }, "\(listing.stdout)")
            let text = try Simctl.run(["runs", "--db", database])
            let lines = text.stdout.split(separator: "\n")
            #expect(lines.first?.hasSuffix("plan") == true && lines.dropFirst().first?.hasSuffix("—") == true, "\(text.stdout)")
            #expect(lines.last?.hasSuffix(" 1") == true, "\(text.stdout)")
        }
    }

    @Test func aMissingDatabaseIsReportedNotCreated() throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("absent.sqlite").path
            let listing = try Simctl.run(["runs", "--db", database])
            #expect(listing.status == 0, "\(listing.summary)")
            #expect(listing.stdout.hasPrefix("no stored runs"))
            #expect(!FileManager.default.fileExists(atPath: database))
        }
    }

    @Test func aLimitBelowOneIsAUsageError() throws {
        let outcome = try Simctl.run(["runs", "--limit", "0", "--db", "/dev/null/never.sqlite"])
        #expect(outcome.status == 64, "\(outcome.summary)")
    }
}
