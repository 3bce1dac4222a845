import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `simctl baseline update` then `simctl gate`: an unchanged pipeline passes, a worse one fails
/// with exit 2 naming the metric, and a bad baseline is refused (65) before anything runs.
@Suite struct GateCommandTests {
    /// The smoke scenario cut to 30 s, in `dir`, optionally with one shard limited to 100 records
    /// a second (the "fewer shards" change that throttles and loses throughput).
    static func scenario(in dir: URL, worse: Bool = false) throws -> String {
        let path = dir.appendingPathComponent("pipeline.json").path
        var text = try String(contentsOfFile: Simctl.packageRoot.appendingPathComponent("scenarios/smoke.json").path, encoding: .utf8)
            .replacingOccurrences(of: "\"duration\": \"2m\"", with: "\"duration\": \"30s\"")
        if worse {
            text = text.replacingOccurrences(of: "\"stream\": {\"shards\": 2}",
                                             with: "\"stream\": {\"shards\": 1, \"limits\": {\"writeRecordsPerSecond\": 100}}")
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func recordBaseline(in dir: URL) throws -> (scenario: String, baseline: String) {
        let scenario = try scenario(in: dir)
        let baseline = dir.appendingPathComponent("baseline.json").path
        let update = try Simctl.run(["baseline", "update", scenario, "--out", baseline])
        try #require(update.status == 0, "\(update.summary)")
        return (scenario, baseline)
    }

    @Test func anUnchangedPipelinePassesAndAWorseOneFailsNamingTheMetric() throws {
        try withTemporaryDirectory { dir in
            let (scenario, baseline) = try Self.recordBaseline(in: dir)
            let same = try Simctl.run(["gate", "--baseline", baseline, scenario])
            #expect(same.status == 0, "\(same.summary)\n\(same.stdout)")
            #expect(same.stdout.contains("gate: pass (1 scenario)"))

            _ = try Self.scenario(in: dir, worse: true)
            let junit = dir.appendingPathComponent("gate.xml").path
            let markdown = dir.appendingPathComponent("gate.md").path
            let worse = try Simctl.run(["gate", "--baseline", baseline, scenario, "--junit", junit, "--markdown", markdown])
            #expect(worse.status == 2, "\(worse.summary)\n\(worse.stdout)")
            let line = try #require(worse.stdout.split(separator: "\n").first { $0.contains("throughput.records_per_second") })
            #expect(line.hasSuffix("REGRESSED"), "\(line)")
            #expect(worse.stdout.contains("scenario file changed since the baseline"))
            #expect(try String(contentsOfFile: markdown, encoding: .utf8).contains("| `put.throttle_rate` |"))
            try Self.expectJUnit(at: junit, failing: "throughput.records_per_second")
        }
    }

    /// The JUnit file parses as XML and has a failing test case for the metric.
    static func expectJUnit(at path: String, failing metric: String) throws {
        final class Cases: NSObject, XMLParserDelegate {
            var failing: [String] = []
            var current = ""
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String] = [:]) {
                if name == "testcase" { current = attributes["name"] ?? "" }
                if name == "failure" { failing.append(current) }
            }
        }
        let cases = Cases()
        let parser = XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: path)))
        parser.delegate = cases
        #expect(parser.parse(), "\(path) is not well-formed XML: \(String(describing: parser.parserError))")
        #expect(cases.failing.contains(metric) && cases.failing.contains("verdict"), "\(cases.failing)")
    }

    @Test func theStepSummaryGetsTheMarkdownTable() throws {
        try withTemporaryDirectory { dir in
            let (scenario, baseline) = try Self.recordBaseline(in: dir)
            let summary = dir.appendingPathComponent("summary.md").path
            try "earlier step\n".write(toFile: summary, atomically: true, encoding: .utf8)
            let gate = try Simctl.run(["gate", "--baseline", baseline, scenario],
                                      launcher: ["/usr/bin/env", "GITHUB_STEP_SUMMARY=\(summary)"])
            #expect(gate.status == 0, "\(gate.summary)")
            let text = try String(contentsOfFile: summary, encoding: .utf8)
            #expect(text.hasPrefix("earlier step\n## simctl gate: gate: pass (1 scenario)"), "\(text)")
        }
    }

    @Test func aBaselineNamingAnUnknownMetricOrLackingTheScenarioIsRefused() throws {
        try withTemporaryDirectory { dir in
            let (scenario, baseline) = try Self.recordBaseline(in: dir)
            let text = try String(contentsOfFile: baseline, encoding: .utf8)
            try text.replacingOccurrences(of: "\"throughput.records_per_second\"", with: "\"throughput.recs_per_second\"")
                .write(toFile: baseline, atomically: true, encoding: .utf8)
            let unknown = try Simctl.run(["gate", "--baseline", baseline, scenario])
            #expect(unknown.status == 65, "\(unknown.summary)")
            #expect(unknown.stderr.contains("scenarios[0].metrics.throughput.recs_per_second: no such gated metric"), "\(unknown.stderr)")
            #expect(unknown.stdout.isEmpty, "the gate ran scenarios before refusing the baseline")

            try text.write(toFile: baseline, atomically: true, encoding: .utf8)
            let other = try Simctl.run(["gate", "--baseline", baseline, "scenarios/smoke.json"])
            #expect(other.status == 65, "\(other.summary)")
            #expect(other.stderr.contains("holds no baseline for scenarios/smoke.json"), "\(other.stderr)")
        }
    }

    /// Re-recording keeps a tolerance someone set by hand.
    @Test func updateKeepsPerMetricTolerances() throws {
        try withTemporaryDirectory { dir in
            let (scenario, baseline) = try Self.recordBaseline(in: dir)
            let text = try String(contentsOfFile: baseline, encoding: .utf8)
            let tolerance = "\"tolerances\": {\"throughput.records_per_second\": {\"absolute\": 0, \"relative\": 0.5}},\n      \"simctl_version\""
            try text.replacingOccurrences(of: "\"simctl_version\"", with: tolerance).write(toFile: baseline, atomically: true, encoding: .utf8)
            let update = try Simctl.run(["baseline", "update", scenario, "--out", baseline])
            #expect(update.status == 0, "\(update.summary)")
            #expect(try String(contentsOfFile: baseline, encoding: .utf8).contains("\"relative\": 0.5"))
        }
    }

    @Test func theOutputDoesNotDependOnJobs() throws {
        let one = try Simctl.run(["gate", "--baseline", "baselines/self.json", "--jobs", "1"])
        let two = try Simctl.run(["gate", "--baseline", "baselines/self.json", "--jobs", "2"])
        #expect(one.status == 0, "\(one.summary)\n\(one.stdout)")
        #expect(one.stdout == two.stdout)
    }

    /// A stored run can be the baseline: the same scenario passes, a worse one fails.
    @Test func aStoredRunCanBeTheBaseline() throws {
        try withTemporaryDirectory { dir in
            let scenario = try Self.scenario(in: dir)
            let database = dir.appendingPathComponent("runs.sqlite").path
            let run = try Simctl.run(["run", scenario, "--db", database, "--quiet"])
            try #require(run.status == 0, "\(run.summary)")
            let same = try Simctl.run(["gate", "--baseline", "run:1", "--db", database, scenario])
            #expect(same.status == 0, "\(same.summary)\n\(same.stdout)")
            _ = try Self.scenario(in: dir, worse: true)
            let worse = try Simctl.run(["gate", "--baseline", "run:latest", "--db", database, scenario])
            #expect(worse.status == 2, "\(worse.summary)")
            let missing = try Simctl.run(["gate", "--baseline", "run:9", "--db", database, scenario])
            #expect(missing.status == 64 && missing.stderr.contains("has no run 9"), "\(missing.summary)")
        }
    }

    @Test func aStoredRunBaselineNeedsARunAndScenarios() throws {
        let badReference = try Simctl.run(["gate", "--baseline", "run:first", "scenarios/smoke.json"])
        #expect(badReference.status == 64 && badReference.stderr.contains("a stored run is run:ID or run:latest"), "\(badReference.summary)")
        let noScenario = try Simctl.run(["gate", "--baseline", "run:1"])
        #expect(noScenario.status == 64 && noScenario.stderr.contains("name the scenario files to hold to that run"), "\(noScenario.summary)")
        let noFile = try Simctl.run(["gate", "--baseline", "absent.json"])
        #expect(noFile.status == 64 && noFile.stderr.contains("--baseline absent.json does not exist"), "\(noFile.summary)")
    }
}
