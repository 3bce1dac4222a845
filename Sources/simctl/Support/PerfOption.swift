import ArgumentParser
import Reporting

/// `--perf [--perf-runs N]`, for `baseline update` (record the wall speed) and `gate` (hold to
/// it). Opt-in because wall-clock speed depends on the machine and whatever else runs on it: a
/// gate on it can fail on noise, which a gate on simulated metrics never does.
struct PerfOption: ParsableArguments {
    @Flag(help: """
        Also measure wall-clock speed (records accepted per wall second): the median of --perf-runs runs of each \
        scenario, one at a time. `gate` fails (exit 2) when it fell by more than its tolerance \
        (default \(Self.defaultTolerancePercent)%).
        """)
    var perf = false

    @Option(help: "Runs per scenario for --perf (default: \(WallSpeed.defaultRuns)).")
    var perfRuns: Int?

    static let defaultTolerancePercent = Formatting.fixed(Tolerance.wallSpeed.relative * 100, 0)

    /// Runs per scenario to measure, or nil without `--perf`.
    var runs: Int? { perf ? perfRuns ?? WallSpeed.defaultRuns : nil }

    func validate() throws {
        if let perfRuns, !perf { throw ValidationError("--perf-runs \(perfRuns) needs --perf") }
        if let perfRuns, perfRuns < 1 || perfRuns > 1_000 { throw ValidationError("--perf-runs must be from 1 to 1000, got \(perfRuns)") }
    }
}
