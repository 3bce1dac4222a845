import ArgumentParser
import Foundation
import Reporting
import ResultStore

/// `simctl report`: render a stored run as text (the end-of-run summary), Markdown, HTML or the
/// machine summary (JSON).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render a stored run: the summary as printed, Markdown, a self-contained HTML page with charts, or JSON.",
        discussion: """
        RUN is a run id from `simctl runs`, or `latest` (the default). `--format text` prints exactly what \
        `simctl run` printed when it made the run. `plan:ID` (or `plan:latest`) renders a stored plan instead: \
        as `simctl plan` printed it, or with `--format html` its capacity curve.
        """)

    @Argument(help: ArgumentHelp("A stored run id, `latest`, or `plan:ID` / `plan:latest`.", valueName: "run"))
    var stored: StoredRunReference = .latest

    @Option(help: "text, md, html or json.")
    var format: ReportFormat = .text

    @OptionGroup var options: StoredRunOptions

    func run() throws {
        try CommandFailure.guarding {
            if case .plan(let id) = stored {
                let plan = try StoredRuns.plan(id, in: options.db)
                try ReportOutput.write(PlanFormat(rawValue: format.rawValue)!.render(plan), to: options.out)
                return
            }
            let view = try StoredRuns.view(of: stored, in: options.db)
            try ReportOutput.write(format.render(view), to: options.out)
        }
    }
}
