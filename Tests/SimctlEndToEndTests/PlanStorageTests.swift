import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GRDB
import Testing

/// A plan is stored with its candidate runs tagged with it; `simctl report plan:ID` renders it
/// in every format, the text exactly as `plan` printed it; `--vary` plans each configuration and
/// names the cheapest; a bad `--vary` stops the command before anything runs.
@Suite struct PlanStorageTests {
    /// The 30-second smoke fleet into shards of 50 records/s (see `PlanCommandTests`), planned
    /// on one seed up to 8 shards.
    static func plan(_ dir: URL, _ extra: [String] = []) throws -> (result: CommandOutcome, db: String) {
        let db = dir.appendingPathComponent("plans.sqlite").path
        let path = try PlanCommandTests.scenario(in: dir)
        return (try Simctl.run(["plan", path, "--max", "8", "--seeds", "1", "--db", db] + extra), db)
    }

    @Test func theStoredPlanRendersAsPlanPrintedItAndTagsItsRuns() throws {
        try withTemporaryDirectory { dir in
            let (plan, db) = try Self.plan(dir)
            #expect(plan.status == 0, "\(plan.summary)")
            #expect(plan.stderr.contains("stored: plan 1 and its"), "\(plan.stderr)")
            let text = try Simctl.run(["report", "plan:1", "--db", db])
            #expect(text.status == 0, "\(text.summary)")
            #expect(text.stdout == plan.stdout)
            let cost = try #require(plan.stdout.split(separator: "\n").first { $0.hasPrefix("monthly cost: $") }, "\(plan.stdout)")
            #expect(cost.contains(" for the same traffic in on-demand mode — ") && cost.contains(" is cheaper by $"), "\(cost)")
            let (tagged, all) = try DatabaseQueue(path: db).read { db in
                (try Int.fetchOne(db, sql: "SELECT count(*) FROM runs WHERE plan_id = 1")!, try Int.fetchOne(db, sql: "SELECT count(*) FROM runs")!)
            }
            let rows = plan.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.split(separator: " ").first.flatMap { Int($0) } != nil }
            #expect(tagged == all && tagged == rows.count, "\(tagged) of \(all) runs tagged, \(rows.count) candidates printed")
        }
    }

    @Test func jsonMarkdownAndTheCapacityCurve() throws {
        try withTemporaryDirectory { dir in
            let (plan, db) = try Self.plan(dir, ["--format", "json"])
            #expect(plan.status == 0, "\(plan.summary)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])
            #expect(json["schema"] as? String == "simctl.plan.v1")
            let recommendation = try #require(json["recommendation"] as? Int)
            let candidates = try #require(json["candidates"] as? [[String: Any]])
            #expect(candidates.allSatisfy { ($0["onDemandMonthlyUSD"] as? Double ?? 0) > 0 }, "\(candidates)")
            let markdown = try Simctl.run(["report", "plan:latest", "--format", "md", "--db", db])
            #expect(markdown.stdout.contains("| shards | seed |"), "\(markdown.stdout)")
            let html = try Simctl.run(["report", "plan:latest", "--format", "html", "--db", db])
            #expect(html.status == 0, "\(html.summary)")
            for chart in ["plan-p99", "plan-throttle", "plan-cost"] { #expect(html.stdout.contains("id=\"\(chart)\""), "\(chart)") }
            #expect(html.stdout.contains("recommendation: \(recommendation) shards"))
            #expect(XMLParser(data: Data(html.stdout.utf8)).parse(), "the page is not well-formed XHTML")
        }
    }

    @Test func aPlanIsNotARunAndAMissingPlanIsNamed() throws {
        try withTemporaryDirectory { dir in
            let (_, db) = try Self.plan(dir)
            let missing = try Simctl.run(["report", "plan:9", "--db", db])
            #expect(missing.status == 64, "\(missing.summary)")
            #expect(missing.stderr.contains("has no plan 9 (it holds plans 1–1)"), "\(missing.stderr)")
            let compare = try Simctl.run(["compare", "plan:1", "1", "--db", db])
            #expect(compare.status == 64, "\(compare.summary)")
        }
    }

    @Test func varyPlansEachConfigurationAndNamesTheCheapest() throws {
        try withTemporaryDirectory { dir in
            let (plan, db) = try Self.plan(dir, ["--vary", "stream.limits.writeRecordsPerSecond=50,1000"])
            #expect(plan.status == 0, "\(plan.summary)")
            #expect(plan.stdout.contains("simctl plan: smoke with stream.limits.writeRecordsPerSecond=50\n"), "\(plan.stdout)")
            #expect(plan.stdout.contains("simctl plan: smoke with stream.limits.writeRecordsPerSecond=1000\n"))
            #expect(plan.stdout.contains("configurations:\n"))
            #expect(plan.stdout.contains("cheapest: stream.limits.writeRecordsPerSecond=1000, 1 shard at "), "\(plan.stdout)")
            let plans = try DatabaseQueue(path: db).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM plans")! }
            #expect(plans == 2)
        }
    }

    @Test(arguments: [
        ("fleet.batching.maxRecords", "--vary: \"fleet.batching.maxRecords\" has no `=`"),
        ("consumers[7].pollInterval=1s", "--vary: with consumers[7].pollInterval=1s: consumers has 2 elements, no [7]"),
        ("fleet.batching.maxRecords=0,100", "with fleet.batching.maxRecords=0: "),
        ("fleet.batchin.maxRecords=100", "fleet.batchin"),
    ])
    func aBadVaryIsReportedBeforeAnythingRuns(_ vary: String, _ message: String) throws {
        try withTemporaryDirectory { dir in
            let (plan, db) = try Self.plan(dir, ["--vary", vary])
            #expect(plan.status == 65, "\(plan.summary)")
            #expect(plan.stderr.contains(message), "\(plan.stderr)")
            #expect(!FileManager.default.fileExists(atPath: db), "a refused plan wrote the store")
        }
    }
}
