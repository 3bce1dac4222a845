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
        (["--json", "/dev/null/never.json", "--db", "/dev/null/never.sqlite"], "--db /dev/null/never.sqlite: "),
    ])
    func anUnwritableOutputFileExits64AndNamesIt(_ options: [String], _ message: String) throws {
        let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--quiet"] + options)
        #expect(outcome.status == 64, "\(outcome.summary)")
        #expect(outcome.stderr.contains("simctl: " + message), "stderr:\n\(outcome.stderr)")
    }

    @Test func anUnwritableJSONFileExits64AfterStoringTheRun() throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("runs.sqlite").path
            let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--quiet", "--duration", "10s",
                                          "--db", database, "--json", "/dev/null/never.json"])
            #expect(outcome.status == 64, "\(outcome.summary)")
            #expect(outcome.stderr.contains("simctl: --json /dev/null/never.json: "), "stderr:\n\(outcome.stderr)")
            #expect(FileManager.default.fileExists(atPath: database))
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
