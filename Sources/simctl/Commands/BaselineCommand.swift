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
        Per-metric tolerances already in FILE are kept; scenarios in FILE that are not named are kept as they were.
        """)

    @Argument(help: "Scenario files to run.")
    var scenarios: [String]

    @Option(help: "The baseline file to write (updated in place when it exists).")
    var out: String

    @OptionGroup var parallel: JobsOption

    func run() throws {
        try CommandFailure.guarding {
            let previous = try GateInputs.existingBaseline(at: out)
            try OutputTargets.checkWritable(out, option: "--out")
            var entries = previous?.scenarios ?? []
            for (path, view) in zip(scenarios, try ScenarioRun.views(of: scenarios, jobs: parallel.jobs)) {
                let kept = previous?.scenario(at: path)?.tolerances ?? [:]
                let entry = BaselineScenario(path: path, run: view, tolerances: kept.filter { view.metric($0.key) != nil })
                if let index = entries.firstIndex(where: { $0.path == path }) { entries[index] = entry } else { entries.append(entry) }
                print("\(path): recorded \(entry.metrics.count) metrics, digest \(entry.digest)")
            }
            try ReportOutput.write(BaselineFile.render(Baseline(scenarios: entries)), to: out)
            print("baseline: \(out) (\(entries.count) scenarios)")
        }
    }
}
