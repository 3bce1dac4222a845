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
