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
        `simctl run` printed when it made the run.
        """)

    @Argument(help: ArgumentHelp("A stored run id, or `latest`.", valueName: "run"))
    var stored: StoredRunReference = .latest

    @Option(help: "text, md, html or json.")
    var format: ReportFormat = .text

    @OptionGroup var options: StoredRunOptions

    func run() throws {
        try CommandFailure.guarding {
            let view = try StoredRuns.view(of: stored, in: options.db)
            try ReportOutput.write(format.render(view), to: options.out)
        }
    }
}
