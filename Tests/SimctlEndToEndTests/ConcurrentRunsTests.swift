import Foundation
import Testing

/// Parallel CI jobs share one store: every run is stored, whether the file is new (the four
/// processes race to create the schema) or already has runs.
@Suite struct ConcurrentRunsTests {
    /// The race needs the four to open the new file at once: the old code lost it in about
    /// half of such attempts, so eight attempts catch it nearly always.
    @Test(arguments: 1...8)
    func fourRunsOnANewDatabaseAreAllStored(attempt: Int) throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("r.sqlite").path
            try runFourAtOnce(database)
            #expect(try StoreInspection.runs(in: database).count == 4, "attempt \(attempt)")
        }
    }

    @Test func fourRunsOnAnExistingDatabaseAreAllStored() throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("r.sqlite").path
            let first = try Simctl.run(["run", "scenarios/smoke.json", "--quiet", "--duration", "10s", "--db", database])
            #expect(first.status == 0, "\(first.summary)")
            try runFourAtOnce(database)
            #expect(try StoreInspection.runs(in: database).count == 5)
        }
    }

    func runFourAtOnce(_ database: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let processes = try (1...4).map { seed in
            let process = Process()
            process.executableURL = Simctl.binary
            process.arguments = ["run", "scenarios/smoke.json", "--quiet", "--duration", "10s", "--seed", "\(seed)", "--db", database]
            process.currentDirectoryURL = Simctl.packageRoot
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes {
            Simctl.wait(for: process, arguments: process.arguments ?? [], sourceLocation: sourceLocation)
            #expect(process.terminationStatus == 0, "\(process.arguments ?? [])", sourceLocation: sourceLocation)
        }
    }
}
