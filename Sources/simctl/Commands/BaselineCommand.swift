import ArgumentParser
import Foundation
import Reporting

/// `simctl baseline`: record what scenarios simulate, for `simctl gate` to hold later runs to.
struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record a baseline of simulated results for `simctl gate`.",
        subcommands: [BaselineUpdateCommand.self])
}

/// `simctl baseline update SCENARIO... --out FILE`.
struct BaselineUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Run the scenarios and write their baseline (JSON, meant to be committed).",
        discussion: """
        Every gated metric of each run is recorded with the scenario's SHA-256, seed, digest and simctl's version. \
        Per-metric tolerances already in FILE are kept; scenarios in FILE that are not named are kept as they were. \
        With --perf, each scenario's wall speed is measured too (for `gate --perf`); without it, a wall speed already \
        in FILE is kept while the scenario file is unchanged, and dropped when it changed.
        """)

    @Argument(help: "Scenario files to run.")
    var scenarios: [String]

    @Option(help: "The baseline file to write (updated in place when it exists).")
    var out: String

    @OptionGroup var parallel: JobsOption

    @OptionGroup var speed: PerfOption

    func run() throws {
        try CommandFailure.guarding {
            let previous = try GateInputs.existingBaseline(at: out)
            try OutputTargets.checkWritable(out, option: "--out")
            var entries = previous?.scenarios ?? []
            let loaded = try ScenarioRun.loaded(scenarios)
            let views = ScenarioRun.views(of: loaded, jobs: parallel.jobs)
            let speeds = speed.runs.map { WallSpeedRuns.measure(loaded, runs: $0) }
            for (position, path) in scenarios.enumerated() {
                let earlier = previous?.scenario(at: path)
                let entry = BaselineScenario.rerecorded(path: path, run: views[position], speed: speeds?[position], previous: earlier)
                if let index = entries.firstIndex(where: { $0.path == path }) { entries[index] = entry } else { entries.append(entry) }
                let note = Self.speedNote(entry, measured: speeds != nil, earlier: earlier)
                print("\(path): recorded \(entry.metrics.count) metrics, digest \(entry.digest)" + note)
            }
            try ReportOutput.write(BaselineFile.render(Baseline(scenarios: entries)), to: out)
            print("baseline: \(out) (\(entries.count) scenarios)")
        }
    }

    /// What became of the wall speed: measured, kept, or dropped with the scenario's change.
    static func speedNote(_ entry: BaselineScenario, measured: Bool, earlier: BaselineScenario?) -> String {
        if let speed = entry.perf { return measured ? "; wall speed \(speed.described)" : "; wall speed kept" }
        return earlier?.perf == nil ? "" : "; wall speed dropped: the scenario file changed (measure it again with --perf)"
    }
}
