import Foundation
import Testing

/// `simctl report` reads a run back from the store and prints what `simctl run` printed for it.
@Suite struct ReportCommandTests {
    /// A smoke run stored in a new database: what it printed, and its JSON.
    static func storedSmokeRun(in dir: URL) throws -> (database: String, stdout: String, json: String) {
        let database = dir.appendingPathComponent("runs.sqlite").path
        let json = dir.appendingPathComponent("run.json").path
        let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--db", database, "--json", json])
        try #require(outcome.status == 0, "\(outcome.summary)")
        return (database, outcome.stdout, try String(contentsOfFile: json, encoding: .utf8))
    }

    @Test func theTextReportIsExactlyWhatTheRunPrinted() throws {
        try withTemporaryDirectory { dir in
            let run = try Self.storedSmokeRun(in: dir)
            let printed = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("stored:") }.joined(separator: "\n")
            for reference in ["latest", "1"] {
                let report = try Simctl.run(["report", reference, "--db", run.database])
                #expect(report.status == 0, "\(report.summary)")
                #expect(report.stdout == printed)
            }
        }
    }

    @Test func theJSONReportIsTheRunsMachineSummary() throws {
        try withTemporaryDirectory { dir in
            let run = try Self.storedSmokeRun(in: dir)
            let out = dir.appendingPathComponent("report.json").path
            let report = try Simctl.run(["report", "latest", "--format", "json", "--out", out, "--db", run.database])
            #expect(report.status == 0, "\(report.summary)")
            #expect(try String(contentsOfFile: out, encoding: .utf8) == run.json)
        }
    }

    @Test func theMarkdownReportHasTheVerdictChecksAndReproduceCommand() throws {
        try withTemporaryDirectory { dir in
            let run = try Self.storedSmokeRun(in: dir)
            let report = try Simctl.run(["report", "--format", "md", "--db", run.database])
            #expect(report.status == 0, "\(report.summary)")
            for expected in ["## ✅ simctl: smoke — pass (exit 0)", "| throughput |", "objective `p99LatencyMs`",
                             "invariant `at-least-once`", "### Latency", "| dashboard |", "### Shards",
                             "simctl run scenarios/smoke.json --seed 7"] {
                #expect(report.stdout.contains(expected), "missing \(expected) in:\n\(report.stdout)")
            }
        }
    }

    /// `--report` and `--report-md` write what `report` renders of the run just made, and the
    /// summary says where the page is.
    @Test func runWritesTheReportsOfTheRunItMade() throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("runs.sqlite").path
            let markdown = dir.appendingPathComponent("run.md").path
            let page = dir.appendingPathComponent("run.html").path
            let run = try Simctl.run(["run", "scenarios/smoke.json", "--db", database, "--report", page, "--report-md", markdown])
            #expect(run.status == 0, "\(run.summary)")
            #expect(run.stdout.hasSuffix("report:  \(page) (open it in a browser)\n"), "\(run.stdout)")
            for (format, file) in [("md", markdown), ("html", page)] {
                let report = try Simctl.run(["report", "latest", "--format", format, "--db", database])
                #expect(try String(contentsOfFile: file, encoding: .utf8) == report.stdout, "\(format)")
            }
        }
    }

    @Test func aRunTheStoreDoesNotHoldIsAUsageError() throws {
        try withTemporaryDirectory { dir in
            let run = try Self.storedSmokeRun(in: dir)
            let missing = try Simctl.run(["report", "9", "--db", run.database])
            #expect(missing.status == 64, "\(missing.summary)")
            #expect(missing.stderr.contains("has no run 9 (it holds runs 1–1"), "\(missing.stderr)")
            let noStore = try Simctl.run(["report", "--db", dir.appendingPathComponent("none.sqlite").path])
            #expect(noStore.status == 64, "\(noStore.summary)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("none.sqlite").path))
            let badReference = try Simctl.run(["report", "first", "--db", run.database])
            #expect(badReference.status == 64, "\(badReference.summary)")
        }
    }
}
