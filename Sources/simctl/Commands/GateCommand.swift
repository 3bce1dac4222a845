import ArgumentParser
import Foundation
import Reporting

/// `simctl gate`: run scenarios and hold each gated metric to its baseline.
struct GateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "Run scenarios and fail on a regression beyond tolerance against a baseline.",
        discussion: """
        Each scenario runs at its baseline seed, so its simulated metrics are exactly reproducible: a gate never \
        flakes. Exit 0 when every scenario passes; 2 when a metric regressed beyond its tolerance or an objective \
        was missed (a gated metric the run no longer has fails too); 1 on an invariant violation; 3 on data loss; \
        65 for a malformed baseline (a metric name the gate does not know included) or a scenario it does not hold. Improvements and digest changes are reported and fail \
        only with --strict. With GITHUB_STEP_SUMMARY set, the Markdown table is appended to it. Wall-clock speed is \
        compared only with --perf: the median of --perf-runs further runs of each scenario, one at a time, against the \
        baseline's median (recorded by `baseline update --perf`); it may fall by \(PerfOption.defaultTolerancePercent)% \
        unless the baseline overrides that.
        """)

    @Option(help: "The baseline file (from `simctl baseline update`), or `run:ID` for a stored run (`run:latest` too).")
    var baseline: String

    @Option(help: "SQLite file a `run:ID` baseline is stored in.")
    var db = "reports/simctl.sqlite"

    @Argument(help: "Scenario files to gate; every scenario of the baseline when none is given.")
    var scenarios: [String] = []

    @Flag(help: "Also fail (exit 2) on improvements and changed digests, so the baseline is re-recorded on purpose.")
    var strict = false

    @Option(help: "Write JUnit XML (a test case per scenario and metric) to this file.")
    var junit: String?

    @Option(help: "Write the Markdown table to this file.")
    var markdown: String?

    @OptionGroup var parallel: JobsOption

    @OptionGroup var speed: PerfOption

    func validate() throws {
        guard speed.perf, baseline.hasPrefix("run:") else { return }
        throw ValidationError("--perf needs a baseline file recorded with `simctl baseline update --perf`: "
                              + "a stored run (\(baseline)) has one run's wall time, not a median")
    }

    func run() throws {
        try CommandFailure.guarding {
            let recorded = try GateInputs.baseline(baseline, scenarios: scenarios, db: db)
            let entries = try selected(from: recorded)
            if speed.perf { try requireSpeeds(of: entries) }
            for (option, path) in [("--junit", junit), ("--markdown", markdown)] {
                if let path { try OutputTargets.checkWritable(path, option: option) }
            }
            let loaded = try ScenarioRun.loaded(entries.map(\.path), seeds: entries.map(\.seed))
            let views = ScenarioRun.views(of: loaded, jobs: parallel.jobs)
            let speeds = speed.runs.map { WallSpeedRuns.measure(loaded, runs: $0) }
            let evaluations = entries.indices.map { GateEvaluation(entries[$0], run: views[$0], speed: speeds?[$0]) }
            try StandardOutput.write(GateReport.text(evaluations, strict: strict), what: "the gate's table")
            try writeDocuments(evaluations)
            let code = GateReport.exitCode(of: evaluations, strict: strict)
            if code != 0 { throw ExitCode(code) }
        }
    }

    /// The baseline's entries for the scenarios named (all of them when none is); a scenario the
    /// baseline does not hold is bad input, not a silent pass.
    func selected(from recorded: Baseline) throws -> [BaselineScenario] {
        guard !scenarios.isEmpty else { return recorded.scenarios }
        let unknown = scenarios.filter { recorded.scenario(at: $0) == nil }
        guard unknown.isEmpty else {
            let held = recorded.scenarios.map(\.path).joined(separator: ", ")
            let message = "\(baseline): holds no baseline for \(unknown.joined(separator: ", ")) "
                + "(it holds \(held.isEmpty ? "none" : held); record it with `simctl baseline update`)\n"
            FileHandle.standardError.write(Data(message.utf8))
            throw ExitCode.badInput
        }
        return scenarios.compactMap { recorded.scenario(at: $0) }
    }

    /// Under `--perf`, every scenario gated needs a wall speed in the baseline: one without it is
    /// bad input (65), found before anything runs, rather than a silent pass.
    func requireSpeeds(of entries: [BaselineScenario]) throws {
        let lacking = entries.filter { $0.perf == nil }.map(\.path)
        guard !lacking.isEmpty else { return }
        let names = lacking.joined(separator: " ")
        let message = "\(baseline): holds no wall speed (perf) for \(lacking.joined(separator: ", ")); "
            + "record it with `simctl baseline update \(names) --perf --out \(baseline)`\n"
        FileHandle.standardError.write(Data(message.utf8))
        throw ExitCode.badInput
    }

    func writeDocuments(_ evaluations: [GateEvaluation]) throws {
        let table = GateReport.markdown(evaluations, strict: strict)
        if let junit { try ReportOutput.write(GateReport.junit(evaluations, strict: strict), to: junit, option: "--junit") }
        if let markdown { try ReportOutput.write(table, to: markdown, option: "--markdown") }
        if let summary = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !summary.isEmpty {
            try UnwritableOutput.attempt("GITHUB_STEP_SUMMARY", summary) {
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: summary))
                defer { try? handle.close() }
                try handle.seekToEnd()
                try handle.write(contentsOf: Data(table.utf8))
            }
        }
    }
}
