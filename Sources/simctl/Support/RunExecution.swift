import Foundation
import Reporting
import Scenario
import SimHarness
import SimKernel

/// Runs a loaded scenario to completion, timing it from outside the simulated world and showing
/// a progress line on stderr when that is a terminal.
struct RunExecution {
    var showProgress: Bool
    /// Events between whole-state audits of every model (`--audit`); nil for none.
    var auditEvery: UInt64?
    /// Objectives a run stops at once it has missed one for good (`Runner.stopWhenDecided`).
    var stopWhenDecided: SLOSpec? = nil
    /// Where sinks' deliveries are written as files (`--sink-dir`); nil for nowhere.
    var sinkFiles: SinkFileWriter? = nil

    func run(_ scenario: LoadedScenario) -> RunReport {
        // A watch that never abandons: the run always completes.
        run(scenario) { _ in true }!
    }

    /// The run, with `watch` shown the runner after each simulated minute; when it returns
    /// false the run is abandoned and nothing is returned (a plan's cancelled guess).
    func run(_ scenario: LoadedScenario, watching watch: (Runner) -> Bool) -> RunReport? {
        let startedAt = ISO8601DateFormatter().string(from: Date())
        let clock = ContinuousClock()
        let start = clock.now
        var config = WorldConfig(scenario: scenario.spec)
        if sinkFiles != nil { config.keepSinkRecords() }
        var runner = Runner(config: config)
        runner.auditEvery = auditEvery
        runner.stopWhenDecided = stopWhenDecided
        let slice = SimDuration.minutes(1)
        var bound = SimTime.zero + slice
        while runner.advance(until: bound) {
            guard watch(runner) else { return nil }
            sinkFiles?.write(runner.takeSinkOutput())
            if showProgress { progress(runner, reached: bound, elapsed: clock.now - start) }
            bound = bound + slice
        }
        let result = runner.finish()
        sinkFiles?.write(runner.takeSinkOutput())
        let elapsed = clock.now - start - .seconds(sinkFiles?.secondsSpent ?? 0)
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        return RunReport(scenario: scenario, result: result, wallSeconds: Self.seconds(elapsed),
                         simctlVersion: BuildInfo.version, gitCommit: BuildInfo.gitCommit(), startedAt: startedAt)
    }

    /// `  simulated 12m of 1h5m (18%) · 1,272,093 records/s`, rewritten in place.
    func progress(_ runner: Runner, reached: SimTime, elapsed: Duration) {
        let wall = max(Self.seconds(elapsed), 1e-9)
        let rate = Int(Double(runner.acceptedSoFar) / wall)
        let total = runner.end - SimTime.zero
        let percent = Int(100 * Double(reached.nanoseconds) / Double(max(total.nanoseconds, 1)))
        let line = "\r  simulated \(reached) of \(total) (\(percent)%) · \(Formatting.count(rate)) records/s\u{1B}[K"
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
