import Foundation
import Testing

/// What one `simctl` process did: its exit status and everything it printed.
struct CommandOutcome: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Status and stderr, for failure messages.
    var summary: String { "exit \(status); stderr:\n\(stderr)" }
}

/// Runs the built binary `.build/debug/simctl` as a child process, from the package root so that
/// relative paths like `scenarios/smoke.json` resolve. `make test` builds the product first.
enum Simctl {
    /// The package root: this file is `<root>/Tests/SimctlEndToEndTests/Simctl.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = packageRoot.appendingPathComponent(".build/debug/simctl")

    /// A run that takes longer than this is killed and reported: a hung binary must not hang CI.
    static let timeLimitSeconds = 120.0

    /// - Parameter launcher: a command that starts simctl, given simctl's path and `arguments`
    ///   after its own (`setpriv …` to drop root, `sh -c '… >/dev/full'` to redirect); none by default.
    static func run(_ arguments: [String], launcher: [String] = [],
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> CommandOutcome {
        try #require(FileManager.default.isExecutableFile(atPath: binary.path),
                     "\(binary.path) is missing: build it first with `swift build --product simctl` (make test does)",
                     sourceLocation: sourceLocation)
        return try launch(binary, arguments, launcher: launcher, sourceLocation: sourceLocation)
    }

    /// Runs any program (a browser, python3) the same way, from the package root, with the same time limit.
    static func launch(_ executable: URL, _ arguments: [String], launcher: [String] = [],
                       sourceLocation: SourceLocation = #_sourceLocation) throws -> CommandOutcome {
        try withTemporaryDirectory { dir in
            let stdoutURL = dir.appendingPathComponent("stdout")
            let stderrURL = dir.appendingPathComponent("stderr")
            _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
            _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
            let stdout = try FileHandle(forWritingTo: stdoutURL)
            let stderr = try FileHandle(forWritingTo: stderrURL)
            let process = Process()
            let command = launcher + [executable.path] + arguments
            process.executableURL = URL(fileURLWithPath: command[0])
            process.arguments = Array(command.dropFirst())
            process.currentDirectoryURL = packageRoot
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = stdout
            process.standardError = stderr
            try process.run()
            wait(for: process, arguments: arguments, sourceLocation: sourceLocation)
            try stdout.close()
            try stderr.close()
            return CommandOutcome(status: process.terminationStatus,
                                  stdout: try String(contentsOf: stdoutURL, encoding: .utf8),
                                  stderr: try String(contentsOf: stderrURL, encoding: .utf8))
        }
    }

    /// Waits for `process` to exit, killing it (and recording an issue) after `timeLimitSeconds`.
    static func wait(for process: Process, arguments: [String], sourceLocation: SourceLocation) {
        let deadline = Date().addingTimeInterval(timeLimitSeconds)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                Issue.record("\(process.executableURL?.lastPathComponent ?? "?") \(arguments.joined(separator: " ")) ran longer than \(timeLimitSeconds) s; killed",
                             sourceLocation: sourceLocation)
                break
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        process.waitUntilExit()
    }
}
