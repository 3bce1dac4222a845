import Foundation
import Testing

/// A trap inside a run (a broken model invariant stops with SIGILL) exits 70, "internal error",
/// and says how to reproduce the run.
@Suite struct CrashGuardTests {
    @Test func aTrapMidRunExits70WithTheReproduceCommand() throws {
        try withTemporaryDirectory { dir in
            let process = Process()
            process.executableURL = Simctl.binary
            process.arguments = ["run", "scenarios/10k-devices.json", "--quiet",
                                 "--db", dir.appendingPathComponent("crash.sqlite").path]
            process.currentDirectoryURL = Simctl.packageRoot
            let stderr = Pipe()
            process.standardError = stderr
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // The hour of 10k devices takes far longer than this in a debug build: the trap
            // lands mid-run, after the guard is installed.
            Thread.sleep(forTimeInterval: 2)
            kill(process.processIdentifier, SIGILL)
            process.waitUntilExit()
            let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationReason == .exit && process.terminationStatus == 70, "stderr:\n\(message)")
            #expect(message.contains("internal error (a bug in simctl); reproduce with: simctl run scenarios/10k-devices.json --seed 42"),
                    "stderr:\n\(message)")
        }
    }
}
