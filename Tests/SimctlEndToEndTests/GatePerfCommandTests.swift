import Foundation
import Testing

/// `baseline update --perf` and `gate --perf`: the wall speed is recorded and kept, a speed no run
/// can reach fails the gate (2) naming the metric, one any run beats passes, a baseline without a
/// speed is refused (65), and a gate without `--perf` never compares wall-clock figures. One run
/// of the 30-second pipeline per measurement keeps them fast.
@Suite struct GatePerfCommandTests {
    static let speedMetric = "wall.records_per_second (median of 1)"

    /// The recorded baseline with a hand-written wall speed of `median` records per wall second.
    static func recordBaseline(in dir: URL, speed median: String) throws -> (scenario: String, baseline: String) {
        let (scenario, baseline) = try GateCommandTests.recordBaseline(in: dir)
        let perf = "\"perf\": {\"machine\": \"a test\", \"max_records_per_second\": \(median), "
            + "\"median_records_per_second\": \(median), \"min_records_per_second\": \(median), \"runs\": 5},\n      \"simctl_version\""
        let text = try String(contentsOfFile: baseline, encoding: .utf8)
        try text.replacingOccurrences(of: "\"simctl_version\"", with: perf).write(toFile: baseline, atomically: true, encoding: .utf8)
        return (scenario, baseline)
    }

    static func perf(in baseline: String) throws -> [String: Any] {
        let file = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: baseline))) as? [String: Any]
        let scenario = try #require((file?["scenarios"] as? [[String: Any]])?.first)
        return try #require(scenario["perf"] as? [String: Any], "no perf in \(scenario.keys.sorted())")
    }

    /// `--perf` records the median of the runs with their spread and machine; a later update
    /// without it keeps that speed unchanged.
    @Test func updateRecordsTheSpeedAndAPlainUpdateKeepsIt() throws {
        try withTemporaryDirectory { dir in
            let scenario = try GateCommandTests.scenario(in: dir)
            let baseline = dir.appendingPathComponent("baseline.json").path
            let timed = try Simctl.run(["baseline", "update", scenario, "--out", baseline, "--perf", "--perf-runs", "3"])
            #expect(timed.status == 0, "\(timed.summary)")
            #expect(timed.stdout.contains("; wall speed "), "\(timed.stdout)")
            let recorded = try Self.perf(in: baseline)
            #expect(recorded["runs"] as? Int == 3)
            #expect((recorded["machine"] as? String)?.contains(" cores, ") == true, "\(recorded)")
            let median = try #require(recorded["median_records_per_second"] as? Double)
            let low = try #require(recorded["min_records_per_second"] as? Double)
            let high = try #require(recorded["max_records_per_second"] as? Double)
            #expect(median > 0 && low <= median && median <= high, "\(recorded)")

            let plain = try Simctl.run(["baseline", "update", scenario, "--out", baseline])
            #expect(plain.status == 0 && plain.stdout.contains("; wall speed kept"), "\(plain.summary)\n\(plain.stdout)")
            #expect(NSDictionary(dictionary: try Self.perf(in: baseline)).isEqual(to: recorded))
        }
    }

    @Test func aSpeedNoRunCanReachFailsOnlyUnderPerf() throws {
        try withTemporaryDirectory { dir in
            let (scenario, baseline) = try Self.recordBaseline(in: dir, speed: "1000000000000")
            let junit = dir.appendingPathComponent("gate.xml").path
            let timed = try Simctl.run(["gate", "--baseline", baseline, scenario, "--perf", "--perf-runs", "1", "--junit", junit])
            #expect(timed.status == 2, "\(timed.summary)\n\(timed.stdout)")
            let line = try #require(timed.stdout.split(separator: "\n").first { $0.contains(Self.speedMetric) }, "\(timed.stdout)")
            #expect(line.hasSuffix("REGRESSED"), "\(line)")
            #expect(timed.stdout.contains("wall speed baseline: 1,000,000,000,000 records/s (median of 5;"), "\(timed.stdout)")
            let xml = try String(contentsOfFile: junit, encoding: .utf8)
            #expect(xml.contains("<failure message=\"\(Self.speedMetric) regressed"), "\(xml)")

            let plain = try Simctl.run(["gate", "--baseline", baseline, scenario])
            #expect(plain.status == 0, "\(plain.summary)\n\(plain.stdout)")
            #expect(!plain.stdout.contains("wall"), "\(plain.stdout)")
        }
    }

    @Test func aSpeedEveryRunBeatsPasses() throws {
        try withTemporaryDirectory { dir in
            let (scenario, baseline) = try Self.recordBaseline(in: dir, speed: "1")
            let timed = try Simctl.run(["gate", "--baseline", baseline, scenario, "--perf", "--perf-runs", "1"])
            #expect(timed.status == 0, "\(timed.summary)\n\(timed.stdout)")
            let line = try #require(timed.stdout.split(separator: "\n").first { $0.contains(Self.speedMetric) }, "\(timed.stdout)")
            #expect(line.hasSuffix("IMPROVED"), "\(line)")
        }
    }

    @Test func aBaselineWithoutASpeedIsRefusedUnderPerf() throws {
        try withTemporaryDirectory { dir in
            let (scenario, baseline) = try GateCommandTests.recordBaseline(in: dir)
            let timed = try Simctl.run(["gate", "--baseline", baseline, scenario, "--perf"])
            #expect(timed.status == 65, "\(timed.summary)")
            #expect(timed.stderr.contains("holds no wall speed (perf) for \(scenario)"), "\(timed.stderr)")
            #expect(timed.stderr.contains("simctl baseline update \(scenario) --perf --out \(baseline)"), "\(timed.stderr)")
            #expect(timed.stdout.isEmpty, "the gate ran scenarios before refusing the baseline")
        }
    }

    @Test(arguments: [
        (["--perf-runs", "3"], "--perf-runs 3 needs --perf"),
        (["--perf", "--perf-runs", "0"], "--perf-runs must be from 1 to 1000, got 0"),
        (["--perf", "--baseline", "run:latest"], "--perf needs a baseline file recorded with `simctl baseline update --perf`"),
    ])
    func perfOptionsOutOfPlaceAreUsageErrors(_ options: [String], _ message: String) throws {
        let baseline = options.contains("--baseline") ? [] : ["--baseline", "baselines/self.json"]
        let outcome = try Simctl.run(["gate"] + baseline + options + ["scenarios/smoke.json"])
        #expect(outcome.status == 64, "\(outcome.summary)")
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
    }
}
