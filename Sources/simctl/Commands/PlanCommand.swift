import ArgumentParser
import Foundation
import Planning
import ResultStore
import Reporting
import Scenario
import StreamModel

/// `simctl plan`: the fewest shards for which a scenario meets its objectives.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Find the fewest shards that meet the scenario's objectives, with AWS's sizing formula beside it.",
        discussion: """
        Candidates are the scenario with another shard count: bracketed from AWS's formula by doubling, bisected, \
        the two counts below the answer re-checked, and the answer and the count below it confirmed on --seeds seeds. \
        A scenario without `slo` is held to the defaults it prints. Exit 0 with a recommendation, 2 when no count \
        in range meets the objectives. The output does not depend on --jobs.
        """)

    @Argument(help: "The scenario file; its own resharding (autoscaling, on-demand, resharding faults) is left out.")
    var scenario: String

    @Option(help: "The fewest shards to consider.")
    var min = 1

    @Option(help: "The most shards to consider.")
    var max = 1_024

    @Option(help: "Seeds the recommendation and the count below it are confirmed on.")
    var seeds = 3

    @OptionGroup var parallel: JobsOption

    @Option(help: "text, md or json.")
    var format: PlanFormat = .text

    @Option(help: "Write the plan to this file instead of stdout.")
    var out: String?

    @Option(help: "SQLite file to store the plan and its candidate runs in.")
    var db = "reports/simctl.sqlite"

    @Option(name: .customLong("vary"), help: ArgumentHelp(
        "Plan each value of a scenario field, e.g. consumers[0].pollInterval=200ms,1s (repeatable: every combination).",
        valueName: "field=v1,v2"))
    var variations: [String] = []

    @Option(help: ArgumentHelp(
        "Plan under this write throttling model instead of the scenario's: token-bucket, sliding-window, fixed-window, "
            + "or all (one plan per model, and the shards that hold under every one).", valueName: "model|all"))
    var throttling: String?

    /// The models `--throttling` names: all three for `all`.
    var throttlingModels: [String]? {
        throttling.map { $0 == "all" ? ThrottlingModel.allCases.map(\.rawValue) : [$0] }
    }

    /// One configuration: no `--vary`, and at most one throttling model.
    var singlePlan: Bool { variations.isEmpty && (throttlingModels?.count ?? 1) == 1 }

    /// `--vary` with `--throttling` as one more variation of `stream.throttling`.
    var allVariations: [String] {
        variations + (throttlingModels.map { ["stream.throttling=" + $0.joined(separator: ",")] } ?? [])
    }

    func validate() throws {
        guard min >= 1, max >= min, max <= 10_000 else {
            throw ValidationError("--min and --max must satisfy 1 ≤ min ≤ max ≤ 10000, got \(min) and \(max)")
        }
        guard seeds >= 1 else { throw ValidationError("--seeds must be at least 1, got \(seeds)") }
        if let throttling, throttling != "all", ThrottlingModel(rawValue: throttling) == nil {
            let models = ThrottlingModel.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--throttling \(throttling) is not a throttling model (allowed: \(models), all)")
        }
        guard throttling == nil || !variations.contains(where: { $0.hasPrefix("stream.throttling=") }) else {
            throw ValidationError("--throttling and --vary stream.throttling=… set the same field; give one")
        }
        guard singlePlan || format != .html else {
            throw ValidationError("--format html draws one plan; with --vary, use `simctl report plan:ID --format html` for each")
        }
    }

    func run() throws {
        try CommandFailure.guarding {
            let configurations = try PlanConfigurations.load(scenario, variations: allVariations)
            try OutputTargets(scenario: scenario, db: db, outputs: [("--out", out)]).check()
            let store = try UnwritableOutput.attempt("--db", db) { try ResultStore(path: db) }
            var plans: [PlanDocument] = []
            for configuration in configurations {
                let result = PlanScenario.plan(configuration, range: min...max, seeds: seeds, jobs: parallel.jobs)
                let stored = try UnwritableOutput.attempt("--db", db) {
                    try store.save(result.stored(configuration.loaded), runs: result.candidates.map(\.run.run))
                }
                let note = "stored: plan \(stored.planID) and its \(stored.runIDs.count) candidate runs in \(db) "
                    + "(simctl report plan:\(stored.planID) --format html --db \(db))\n"
                FileHandle.standardError.write(Data(note.utf8))
                plans.append(result.document)
            }
            try ReportOutput.write(singlePlan ? format.render(plans[0]) : format.render(PlanVariants(plans: plans)), to: out)
            if plans.allSatisfy({ $0.recommendation == nil }) { throw ExitCode(2) }
        }
    }
}
