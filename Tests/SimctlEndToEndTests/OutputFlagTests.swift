import Foundation
import Testing

/// `--json -` puts the machine summary on stdout; `--quiet` prints no summary.
@Suite struct OutputFlagTests {
    @Test func jsonDashWithQuietPrintsOnlyTheMachineSummary() throws {
        try withTemporaryDirectory { dir in
            let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--json", "-", "--quiet",
                                          "--db", dir.appendingPathComponent("o.sqlite").path])
            #expect(outcome.status == 0, "\(outcome.summary)")
            let summary = try MachineSummaryJSON(text: outcome.stdout)
            #expect(summary.string(at: "schema") == "simctl.run.v1")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("-").path), "wrote a file named -")
        }
    }

    @Test func quietPrintsNothing() throws {
        try withTemporaryDirectory { dir in
            let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--quiet",
                                          "--db", dir.appendingPathComponent("o.sqlite").path])
            #expect(outcome.status == 0, "\(outcome.summary)")
            #expect(outcome.stdout.isEmpty, "stdout:\n\(outcome.stdout)")
            #expect(outcome.stderr.isEmpty, "stderr:\n\(outcome.stderr)")
        }
    }
}
