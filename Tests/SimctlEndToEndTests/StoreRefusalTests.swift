import Foundation
import GRDB
import Testing

/// `simctl run` and `simctl runs` refuse a file that is not a store this simctl may use (64),
/// naming it, and leave it byte-for-byte unchanged. (The store's own tests cover every kind of
/// file; these check what the command line adds.)
@Suite struct StoreRefusalTests {
    @Test func aStoreFromANewerSimctlIsRefusedNamingBothVersions() throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("runs.sqlite").path
            let first = try Simctl.run(["run", "scenarios/smoke.json", "--quiet", "--duration", "10s", "--db", database])
            #expect(first.status == 0, "\(first.summary)")
            try DatabaseQueue(path: database).write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')") }
            let version = try Simctl.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let before = try Data(contentsOf: URL(fileURLWithPath: database))
            for command in [["run", "scenarios/smoke.json", "--quiet"], ["runs"]] {
                let outcome = try Simctl.run(command + ["--db", database])
                #expect(outcome.status == 64, "\(outcome.summary)")
                #expect(outcome.stderr.contains("v9-from-the-future") && outcome.stderr.contains("this is simctl \(version)"),
                        "stderr:\n\(outcome.stderr)")
                #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
            }
        }
    }

    /// `simctl runs --db other-app.db` used to add simctl's tables to it (an empty file grew to 150 KB).
    @Test func listingAnotherApplicationsDatabaseIsRefusedAndLeavesItUnchanged() throws {
        try withTemporaryDirectory { dir in
            let other = dir.appendingPathComponent("other-app.db").path
            try DatabaseQueue(path: other).write { db in try db.execute(sql: "CREATE TABLE notes (body TEXT)") }
            let before = try Data(contentsOf: URL(fileURLWithPath: other))
            let outcome = try Simctl.run(["runs", "--db", other])
            #expect(outcome.status == 64, "\(outcome.summary)")
            #expect(outcome.stderr.contains("\(other) is another application's SQLite database"), "stderr:\n\(outcome.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
        }
    }

    @Test func listingAnEmptyFileSaysNoRunsAndLeavesItEmpty() throws {
        try withTemporaryDirectory { dir in
            let empty = dir.appendingPathComponent("empty.db")
            try Data().write(to: empty)
            let outcome = try Simctl.run(["runs", "--db", empty.path])
            #expect(outcome.status == 0, "\(outcome.summary)")
            #expect(outcome.stdout.hasPrefix("no stored runs"))
            #expect(fileSize(empty) == 0)
        }
    }

    @Test func listingAStoreNeverWritesIt() throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("runs.sqlite").path
            _ = try Simctl.run(["run", "scenarios/smoke.json", "--quiet", "--duration", "10s", "--db", database])
            let before = try Data(contentsOf: URL(fileURLWithPath: database))
            let outcome = try Simctl.run(["runs", "--db", database])
            #expect(outcome.status == 0, "\(outcome.summary)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
        }
    }
}
