import ArgumentParser
import Foundation
import Reporting
import ResultStore

/// `simctl runs`: list the runs in the result store. Listing never writes: the store is opened
/// read-only and a file that is not a simctl store is refused, untouched.
struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List stored runs, newest first.")

    @Option(help: "Only runs of the scenario with this name.")
    var scenario: String?

    @Option(help: "At most this many runs.")
    var limit = 20

    @Option(help: "SQLite file the runs are stored in.")
    var db = "reports/simctl.sqlite"

    @Option(help: "text (a table) or json.")
    var format: ListFormat = .text

    enum ListFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1, got \(limit)") }
        guard !db.isEmpty else { throw ValidationError("--db needs a file name") }
    }

    func run() throws {
        try CommandFailure.guarding {
            guard let store = try UnwritableOutput.attempt("--db", db, { try ResultStore.existing(readingFrom: db) }) else {
                try StandardOutput.write(format == .json ? RunList.json([]) : "no stored runs (\(db) does not exist yet or is empty)\n",
                                         what: "the listing")
                return
            }
            let rows = try store.runs(scenario: scenario, limit: limit)
            try StandardOutput.write(format == .json ? RunList.json(rows) : RunList.render(rows), what: "the listing")
        }
    }
}
