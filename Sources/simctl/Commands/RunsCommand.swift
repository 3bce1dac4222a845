import ArgumentParser
import Foundation
import Reporting
import ResultStore

/// `simctl runs`: list the runs in the result store.
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
    }

    func run() throws {
        try CommandFailure.guarding {
            guard FileManager.default.fileExists(atPath: db) else {
                print(format == .json ? RunList.json([]) : "no stored runs (\(db) does not exist yet)\n", terminator: "")
                return
            }
            let store = try UnwritableOutput.attempt("--db", db) { try ResultStore(path: db) }
            let rows = try store.runs(scenario: scenario, limit: limit)
            print(format == .json ? RunList.json(rows) : RunList.render(rows), terminator: "")
        }
    }
}
