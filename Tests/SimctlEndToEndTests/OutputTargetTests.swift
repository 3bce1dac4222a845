import Foundation
import Testing

/// Every output of `simctl run` is checked before the run: the machine summary never replaces
/// an input or the store, and an output that cannot be written fails the command (64).
@Suite struct OutputTargetTests {
    /// How a `--json` path can name a file that is already in use.
    enum SameFile: String, CaseIterable, Sendable {
        case theStore
        case theStoreThroughDotSlash
        case theScenario
        case aSymlinkToTheScenario

        func jsonPath(scenario: String, database: String, dir: URL) throws -> String {
            switch self {
            case .theStore: return database
            case .theStoreThroughDotSlash: return dir.path + "/./" + URL(fileURLWithPath: database).lastPathComponent
            case .theScenario: return scenario
            case .aSymlinkToTheScenario:
                let link = dir.appendingPathComponent("link.json").path
                try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: scenario)
                return link
            }
        }
    }

    @Test(arguments: SameFile.allCases)
    func aJSONFileThatIsAnInputOrTheStoreIsRefusedAndLeftUnchanged(_ sameFile: SameFile) throws {
        try withTemporaryDirectory { dir in
            let scenario = dir.appendingPathComponent("smoke.json").path
            try FileManager.default.copyItem(atPath: Simctl.packageRoot.path + "/scenarios/smoke.json", toPath: scenario)
            let database = dir.appendingPathComponent("runs.sqlite").path
            let first = try Simctl.run(["run", scenario, "--quiet", "--duration", "10s", "--db", database])
            #expect(first.status == 0, "\(first.summary)")
            let before = try [scenario, database].map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
            let json = try sameFile.jsonPath(scenario: scenario, database: database, dir: dir)
            let outcome = try Simctl.run(["run", scenario, "--duration", "10s", "--db", database, "--json", json])
            #expect(outcome.status == 64, "\(outcome.summary)")
            let other = sameFile.rawValue.contains("Store") ? "--db" : "the scenario"
            #expect(outcome.stderr.contains("--json \(json): is the same file as \(other)"), "stderr:\n\(outcome.stderr)")
            #expect(!outcome.stderr.contains("simctl: smoke"), "the run started:\n\(outcome.stderr)")
            #expect(try [scenario, database].map { try Data(contentsOf: URL(fileURLWithPath: $0)) } == before)
        }
    }

    /// `--report-md` is checked like `--json`: not the store, not another output.
    @Test func aMarkdownReportThatIsTheStoreOrTheJSONFileIsRefused() throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("runs.sqlite").path
            let json = dir.appendingPathComponent("run.json").path
            for (target, other) in [(database, "--db"), (json, "--json")] {
                let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--duration", "10s", "--db", database,
                                              "--json", json, "--report-md", target])
                #expect(outcome.status == 64, "\(outcome.summary)")
                #expect(outcome.stderr.contains("--report-md \(target): is the same file as \(other)"), "stderr:\n\(outcome.stderr)")
                #expect(!FileManager.default.fileExists(atPath: json))
            }
        }
    }

    /// `print` used to drop write errors: the JSON was lost and the command exited 0.
    @Test(arguments: [">/dev/full", ">&-"])
    func jsonOnAStdoutThatCannotBeWrittenExits64(_ redirect: String) throws {
        try withTemporaryDirectory { dir in
            let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--quiet", "--duration", "10s", "--json", "-",
                                          "--db", dir.appendingPathComponent("o.sqlite").path],
                                         launcher: ["/bin/sh", "-c", "exec \"$0\" \"$@\" \(redirect)"])
            #expect(outcome.status == 64, "\(outcome.summary)")
            #expect(outcome.stderr.contains("simctl: --json - (stdout): "), "stderr:\n\(outcome.stderr)")
        }
    }

    @Test func aSummaryOnAFullStdoutExits64() throws {
        try withTemporaryDirectory { dir in
            let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--duration", "10s",
                                          "--db", dir.appendingPathComponent("o.sqlite").path],
                                         launcher: ["/bin/sh", "-c", "exec \"$0\" \"$@\" >/dev/full"])
            #expect(outcome.status == 64, "\(outcome.summary)")
            #expect(outcome.stderr.contains("simctl: the summary (stdout): No space left on device"), "stderr:\n\(outcome.stderr)")
        }
    }

    /// Every command that prints a rendering fails the same way on a full stdout.
    @Test(arguments: [["report", "latest"], ["compare", "1", "1"], ["runs"]])
    func aRenderingOnAFullStdoutExits64(_ command: [String]) throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("o.sqlite").path
            let run = try Simctl.run(["run", "scenarios/smoke.json", "--quiet", "--duration", "10s", "--db", database])
            try #require(run.status == 0, "\(run.summary)")
            let outcome = try Simctl.run(command + ["--db", database], launcher: ["/bin/sh", "-c", "exec \"$0\" \"$@\" >/dev/full"])
            #expect(outcome.status == 64, "\(outcome.summary)")
            #expect(outcome.stderr.contains("(stdout): No space left on device"), "stderr:\n\(outcome.stderr)")
        }
    }
}
