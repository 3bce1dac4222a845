import Foundation
import Testing

/// Every run is stored in the `--db` SQLite file; later runs append to it.
@Suite struct RunStorageTests {
    @Test func runsAreAppendedToTheDatabase() throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("runs.sqlite")
            let arguments = ["run", "scenarios/smoke.json", "--db", database.path]
            let first = try Simctl.run(arguments)
            #expect(first.status == 0, "\(first.summary)")
            #expect(first.stdout.contains("run 1 in \(database.path)"), "stdout:\n\(first.stdout)")
            let sizeAfterFirst = try #require(fileSize(database), "no database at \(database.path)")
            #expect(sizeAfterFirst > 0)
            let second = try Simctl.run(arguments + ["--duration", "1m"])
            #expect(second.status == 0, "\(second.summary)")
            #expect(second.stdout.contains("run 2 in \(database.path)"), "stdout:\n\(second.stdout)")
            #expect((fileSize(database) ?? 0) > sizeAfterFirst, "the second run did not grow the database")
        }
    }
}
