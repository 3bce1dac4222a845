import Foundation
import Testing

/// A `simctl run` killed with SIGKILL at any moment of its life (opening the store, simulating,
/// in the middle of writing its rows, printing) leaves a store that passes
/// `PRAGMA integrity_check`, with every earlier run exactly as it was and the killed run
/// either whole or absent: a run is one transaction, and WAL recovery drops an uncommitted one.
@Suite struct KilledRunTests {
    /// Two simulated hours of `retention-loss` store about 4 MB of series: in a debug build the
    /// write takes a good part of a second, long enough to kill it in the middle.
    static let arguments = ["run", "scenarios/retention-loss.json", "--quiet", "--duration", "2h"]

    @Test func aRunKilledAtAnyMomentLeavesEveryEarlierRunWhole() throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("runs.sqlite").path
            let first = try Simctl.run(["run", "scenarios/smoke.json", "--quiet", "--duration", "10s", "--db", database])
            #expect(first.status == 0, "\(first.summary)")
            let timing = try measureOneRun(database)
            let reference = try #require(try StoreInspection.runs(in: database)[2], "the measured run was not stored")
            print("KilledRunTests: a run lasts \(timing.life) s, its store write starts at \(timing.writeStart) s")
            for delay in Self.killDelays(timing) {
                let before = try StoreInspection.runs(in: database)
                try runKilled(after: delay, database)
                #expect(try StoreInspection.integrityCheck(database) == ["ok"], "killed after \(delay) s")
                let after = try StoreInspection.runs(in: database)
                #expect(after.filter { before[$0.key] != nil } == before, "killed after \(delay) s: an earlier run changed")
                let added = after.filter { before[$0.key] == nil }.values
                #expect(added.allSatisfy { $0 == reference }, "killed after \(delay) s: a partial run \(Array(added))")
            }
        }
    }

    struct Timing {
        var life: Double
        /// When the run's first row reached the WAL file (the store is migrated already).
        var writeStart: Double
    }

    /// Eight kills spread over the whole life, eight more over the store write and its end.
    static func killDelays(_ timing: Timing) -> [Double] {
        let early = (0..<8).map { 0.02 + timing.writeStart * Double($0) / 8 }
        let writing = (0..<8).map { timing.writeStart + (timing.life - timing.writeStart) * Double($0) / 7 }
        return early + writing
    }

    func measureOneRun(_ database: String) throws -> Timing {
        let process = try launch(database)
        let start = Date()
        var writeStart: Double?
        while process.isRunning {
            if writeStart == nil, (fileSize(URL(fileURLWithPath: database + "-wal")) ?? 0) > 0 {
                writeStart = Date().timeIntervalSince(start)
            }
            Thread.sleep(forTimeInterval: 0.001)
        }
        let life = Date().timeIntervalSince(start)
        #expect(process.terminationReason == .exit, "the measured run did not finish")
        return Timing(life: life, writeStart: writeStart ?? life)
    }

    func runKilled(after delay: Double, _ database: String) throws {
        let process = try launch(database)
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func launch(_ database: String) throws -> Process {
        let process = Process()
        process.executableURL = Simctl.binary
        process.arguments = Self.arguments + ["--db", database]
        process.currentDirectoryURL = Simctl.packageRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}
