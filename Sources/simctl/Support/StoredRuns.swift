import Reporting
import ResultStore

/// Loading stored runs for the commands that read them (`report`, `compare`): a store that does
/// not exist, or a run it does not hold, is a usage error naming what is there.
enum StoredRuns {
    static func view(of reference: StoredRunReference, in path: String) throws -> RunView {
        let store = try open(path)
        let id: Int64
        switch reference {
        case .id(let number): id = number
        case .plan: throw UsageFailure("a plan is not a run: `simctl report` renders plans, `compare` and `gate` take runs")
        case .latest:
            guard let latest = try store.latestRunID() else { throw UsageFailure("\(path) holds no runs yet") }
            id = latest
        }
        guard let run = try store.run(id: id) else {
            let newest = try store.latestRunID().map { "runs 1–\($0)" } ?? "no runs"
            throw UsageFailure("\(path) has no run \(id) (it holds \(newest); see `simctl runs --db \(path)`)")
        }
        return RunView(run, id: id)
    }

    /// Read-only, as listing is: reading a report never writes the store, not even a migration.
    static func open(_ path: String) throws -> ResultStore {
        guard let store = try UnwritableOutput.attempt("--db", path, { try ResultStore.existing(readingFrom: path) }) else {
            throw UsageFailure("\(path) holds no runs (it does not exist yet or is empty; `simctl run` stores them)")
        }
        return store
    }

    /// A stored plan's document, for `simctl report plan:ID`.
    static func plan(_ id: Int64?, in path: String) throws -> PlanDocument {
        let store = try open(path)
        guard let number = try id ?? store.latestPlanID() else { throw UsageFailure("\(path) holds no plans yet (`simctl plan` stores them)") }
        guard let stored = try store.plan(id: number) else {
            let newest = try store.latestPlanID().map { "plans 1–\($0)" } ?? "no plans"
            throw UsageFailure("\(path) has no plan \(number) (it holds \(newest))")
        }
        guard let document = PlanJSON.parse(stored.document) else {
            throw UsageFailure("plan \(number) in \(path) was stored by simctl \(stored.simctlVersion) in a form this version cannot read")
        }
        return document
    }
}
