import Foundation
import Testing

/// Bad command lines exit 64 with a message; `--help` exits 0 and lists the commands.
@Suite struct UsageErrorTests {
    /// Where a command line that wrongly parsed would store its run: never writable.
    static let noDatabase = ["--db", "/dev/null/never.sqlite"]

    @Test(arguments: [
        ["run", "scenarios/smoke.json", "--bogus"],
        ["run"],
        ["frobnicate"],
        ["run", "scenarios/smoke.json", "--seed", "minus-one"],
    ])
    func badCommandLineExits64(_ arguments: [String]) throws {
        let outcome = try Simctl.run(arguments + Self.noDatabase)
        #expect(outcome.status == 64, "\(outcome.summary)")
        #expect(outcome.stderr.contains("Usage:") || outcome.stderr.contains("Error:"), "stderr:\n\(outcome.stderr)")
    }

    @Test(arguments: [
        (["--db", "/dev/null/never.sqlite"], "--db /dev/null/never.sqlite: "),
        (["--json", "/dev/null/never.json", "--db", "/dev/null/never.sqlite"], "--json /dev/null/never.json: "),
    ])
    func anUnwritableOutputFileExits64AndNamesIt(_ options: [String], _ message: String) throws {
        let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--quiet"] + options)
        #expect(outcome.status == 64, "\(outcome.summary)")
        #expect(outcome.stderr.contains("simctl: " + message), "stderr:\n\(outcome.stderr)")
    }

    /// The run used to be simulated and stored before the --json file failed.
    @Test func anUnwritableJSONFileExits64BeforeTheRun() throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("runs.sqlite").path
            let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--duration", "10s",
                                          "--db", database, "--json", dir.path + "/missing-folder/out.json"])
            #expect(outcome.status == 64, "\(outcome.summary)")
            #expect(outcome.stderr.contains("simctl: --json \(dir.path)/missing-folder/out.json: its folder"), "stderr:\n\(outcome.stderr)")
            #expect(!outcome.stderr.contains("simctl: smoke"), "the run started:\n\(outcome.stderr)")
            #expect(!FileManager.default.fileExists(atPath: database))
        }
    }

    @Test func anEmptyDatabaseNameIsAUsageError() throws {
        for command in [["run", "scenarios/smoke.json", "--quiet"], ["runs"]] {
            let outcome = try Simctl.run(command + ["--db", ""])
            #expect(outcome.status == 64, "\(outcome.summary)")
            #expect(outcome.stderr.contains("--db"), "stderr:\n\(outcome.stderr)")
            #expect(!outcome.stdout.contains("stored:"), "stdout:\n\(outcome.stdout)")
        }
    }

    @Test func unknownOptionIsNamed() throws {
        let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--bogus"] + Self.noDatabase)
        #expect(outcome.stderr.contains("--bogus"), "stderr:\n\(outcome.stderr)")
    }

    @Test func helpListsRunAndValidate() throws {
        let outcome = try Simctl.run(["--help"])
        #expect(outcome.status == 0, "\(outcome.summary)")
        let lines = outcome.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for command in ["run", "validate"] {
            #expect(lines.contains { $0.hasPrefix(command + " ") }, "no \(command) in:\n\(outcome.stdout)")
        }
    }
}
