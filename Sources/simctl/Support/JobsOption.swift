import ArgumentParser
import Foundation

/// `--jobs`, for the commands that run many scenarios (`plan`, `gate`, `baseline update`): runs
/// at once, each in its own world on its own thread; their output never depends on it.
struct JobsOption: ParsableArguments {
    @Option(help: "Runs at once, each in its own world (default: the machine's cores). The output does not depend on it.")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
    }
}
