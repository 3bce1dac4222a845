import ArgumentParser
import Foundation
import Reporting
import ResultStore
import RunCapture
import Scenario
import SimHarness
import SimKernel

/// `simctl run`: simulate one scenario, print the summary, store the run.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario and print its summary.",
        discussion: """
        The run is stored in the SQLite database (default reports/simctl.sqlite). Exit codes: 0 pass, \
        1 invariant violated, 2 objective missed, 3 data loss, 64 usage error, 65 invalid scenario, 70 internal error.
        """)

    @Argument(help: "The scenario file (JSON, see scenarios/).")
    var scenario: String

    /// Read unconditionally, so that `--seed -1` is refused as a seed rather than taken for a flag.
    @Option(parsing: .unconditional, help: "Master seed (0 to 2^64 − 1); overrides the scenario's `seed`.", transform: RunCommand.seed)
    var seed: UInt64?

    @Option(help: "Simulated emission time, e.g. 10m or 1h; overrides the scenario's `duration`.")
    var duration: String?

    @Option(help: "SQLite file to store the run in.")
    var db = "reports/simctl.sqlite"

    @Option(help: "Also write the machine summary (JSON) to this file; - for stdout.")
    var json: String?

    @Option(help: "Also write the run's HTML report (as `simctl report --format html`) to this file.")
    var report: String?

    @Option(help: "Also write the run's Markdown report (as `simctl report --format md`) to this file.")
    var reportMd: String?

    @Option(help: "Write what the scenario's sinks deliver as files under this directory (Firehose's layout: <consumer>/YYYY/MM/DD/HH/).")
    var sinkDir: String?

    @Option(help: "The sink files' record format: ndjson (one payload JSON per line) or csv.")
    var sinkFormat: SinkFormat?

    @Flag(help: "Print no summary and no progress (errors only).")
    var quiet = false

    @Flag(help: "Run twice and fail (exit 1) unless both runs give the same digest.")
    var checkDeterminism = false

    @Flag(help: "Audit every model's whole state every 10,000 events (slower; results unchanged).")
    var audit = false

    func validate() throws {
        if sinkFormat != nil && sinkDir == nil { throw ValidationError("--sink-format needs --sink-dir") }
    }

    func run() throws {
        try CommandFailure.guarding {
            let loaded = try loadWithOverrides()
            try MachineMemory.admit(loaded.spec, file: scenario)
            try OutputTargets(scenario: scenario, db: db, outputs: [("--json", json), ("--report", report), ("--report-md", reportMd)]).check()
            let store = try UnwritableOutput.attempt("--db", db) { try ResultStore(path: db) }
            CrashGuard.install(reproduce: loaded.reproduceCommand)
            if !quiet { FileHandle.standardError.write(Data("simctl: \(loaded.spec.name), seed \(loaded.spec.seed)\n".utf8)) }
            var execution = RunExecution(showProgress: !quiet && RunExecution.stderrIsTerminal, auditEvery: audit ? 10_000 : nil)
            execution.sinkFiles = try sinkFileWriter(loaded)
            let finished = execution.run(loaded)
            if let failure = execution.sinkFiles?.failure { throw UnwritableOutput(option: "--sink-dir", path: sinkDir ?? "", reason: failure) }
            if checkDeterminism { try compareWithSecondRun(finished, loaded) }
            let stored = StoredRun(report: finished)
            let runID = try UnwritableOutput.attempt("--db", db) { try store.save(stored) }
            let view = RunView(stored, id: runID)
            try writeJSON(view)
            try writeReports(view)
            if !quiet { try printSummary(view, runID: runID) }
            if finished.verdict != .pass { throw ExitCode(finished.verdict.exitCode) }
        }
    }

    /// The human summary; with `--json -` stdout carries the JSON alone, so it goes to stderr.
    func printSummary(_ view: RunView, runID: Int64) throws {
        let summary = RunSummary.render(view) + "stored:  run \(runID) in \(db)\n"
            + (report.map { "report:  \($0) (open it in a browser)\n" } ?? "")
        if json == "-" {
            FileHandle.standardError.write(Data(summary.utf8))
        } else {
            try StandardOutput.write(summary, what: "the summary")
        }
    }

    /// The writer `--sink-dir` asks for, its directory created before anything runs.
    func sinkFileWriter(_ loaded: LoadedScenario) throws -> SinkFileWriter? {
        guard let sinkDir else { return nil }
        let config = WorldConfig(scenario: loaded.spec)
        if !config.hasSinks {
            FileHandle.standardError.write(Data("simctl: \(scenario) has no sink operator: --sink-dir \(sinkDir) stays empty\n".utf8))
        }
        try UnwritableOutput.attempt("--sink-dir", sinkDir) {
            try FileManager.default.createDirectory(atPath: sinkDir, withIntermediateDirectories: true)
        }
        return SinkFileWriter(directory: sinkDir, format: sinkFormat ?? .ndjson, fleet: config.fleet)
    }

    func loadWithOverrides() throws -> LoadedScenario {
        var loaded = try ScenarioInput.load(scenario)
        var problems = ScenarioErrors(problems: [])
        var overrideDuration: SimDuration?
        do {
            overrideDuration = try duration.map(CommandLineValues.duration)
        } catch {
            problems.problems += error.problems
        }
        do {
            loaded.spec = try loaded.spec.withOverrides(seed: seed, duration: overrideDuration)
            loaded.durationOverride = overrideDuration
        } catch {
            problems.problems += error.problems
        }
        guard problems.problems.isEmpty else {
            ScenarioInput.report(problems, file: scenario)
            throw ExitCode.badInput
        }
        return loaded
    }

    static func seed(_ text: String) throws -> UInt64 {
        guard let seed = CommandLineValues.seed(text) else { throw ValidationError(CommandLineValues.seedAllowed) }
        return seed
    }

    func compareWithSecondRun(_ first: RunReport, _ loaded: LoadedScenario) throws {
        let second = RunExecution(showProgress: false, auditEvery: nil).run(loaded)
        guard second.result.digest == first.result.digest else {
            FileHandle.standardError.write(Data("determinism check failed: digest \(first.result.digest) then \(second.result.digest)\n".utf8))
            throw ExitCode(1)
        }
        if !quiet { print("determinism: two runs gave digest \(first.result.digest)") }
    }

    /// The reports `--report` and `--report-md` ask for, rendered from the run as stored.
    func writeReports(_ view: RunView) throws {
        if let report { try ReportOutput.write(ReportFormat.html.render(view), to: report, option: "--report") }
        if let reportMd { try ReportOutput.write(ReportFormat.md.render(view), to: reportMd, option: "--report-md") }
    }

    func writeJSON(_ view: RunView) throws {
        guard let json else { return }
        let text = MachineSummary.tree(view).rendered()
        if json == "-" {
            try StandardOutput.write(text, what: "--json -")
        } else {
            try UnwritableOutput.attempt("--json", json) { try text.write(toFile: json, atomically: true, encoding: .utf8) }
        }
    }
}
