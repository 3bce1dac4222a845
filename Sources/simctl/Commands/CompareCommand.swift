import ArgumentParser
import Reporting

/// `simctl compare`: two stored runs side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two stored runs: every metric with its change, regressions marked, and a diff of the scenarios.",
        discussion: """
        A change is an improvement or a regression by the metric's direction (higher throughput is better, \
        higher latency, throttling, drops or loss are worse). Differing digests are flagged. Always exit 0 \
        unless a run cannot be read; `simctl gate` is the command that fails on regressions.
        """)

    @Argument(help: "The earlier run: a stored run id, or `latest`.")
    var before: StoredRunReference

    @Argument(help: "The later run: a stored run id, or `latest`.")
    var after: StoredRunReference

    @Option(help: "text, md or json.")
    var format: ComparisonFormat = .text

    @OptionGroup var options: StoredRunOptions

    func run() throws {
        try CommandFailure.guarding {
            let comparison = RunComparison(try StoredRuns.view(of: before, in: options.db), try StoredRuns.view(of: after, in: options.db))
            try ReportOutput.write(format.render(comparison), to: options.out)
        }
    }
}

/// The formats `simctl compare` renders in.
enum ComparisonFormat: String, ExpressibleByArgument, CaseIterable {
    case text, md, json

    func render(_ comparison: RunComparison) -> String {
        switch self {
        case .text: ComparisonText.render(comparison)
        case .md: ComparisonDocuments.markdown(comparison)
        case .json: ComparisonDocuments.json(comparison).rendered()
        }
    }
}
