import Foundation
import Testing

/// A trap inside a run (a broken model invariant stops with SIGILL) exits 70, "internal error",
/// and says how to reproduce the run. The signal is sent once simctl has named the run, so the
/// test waits for an event, never for a guessed time.
@Suite struct CrashGuardTests {
    @Test func aTrapMidRunExits70WithTheReproduceCommand() throws {
        try withTemporaryDirectory { dir in
            let process = Process()
            process.executableURL = Simctl.binary
            process.arguments = ["run", "scenarios/10k-devices.json",
                                 "--db", dir.appendingPathComponent("crash.sqlite").path]
            process.currentDirectoryURL = Simctl.packageRoot
            let stderr = Pipe()
            process.standardError = stderr
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // simctl names the run on stderr once the guard is installed; the hour of 10k
            // devices then runs far longer than the signal takes to arrive.
            var message = ""
            while !message.contains("simctl: 10k-devices, seed 42\n") {
                let chunk = stderr.fileHandleForReading.availableData
                try #require(!chunk.isEmpty, "simctl ended before naming the run; stderr:\n\(message)")
                message += String(decoding: chunk, as: UTF8.self)
            }
            kill(process.processIdentifier, SIGILL)
            process.waitUntilExit()
            message += String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationReason == .exit && process.terminationStatus == 70, "stderr:\n\(message)")
            #expect(message.contains("internal error (a bug in simctl); reproduce with: simctl run scenarios/10k-devices.json --seed 42"),
                    "stderr:\n\(message)")
        }
    }
}
