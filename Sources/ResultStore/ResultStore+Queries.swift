import GRDB

extension ResultStore {
    /// Stored runs, newest (largest id) first, for `simctl runs`.
    /// - Parameters:
    ///   - scenario: only runs of the scenario with this name; nil for all.
    ///   - limit: at most this many rows.
    /// - Precondition: `limit >= 0`; the command line validates user input before calling.
    public func runs(scenario: String? = nil, limit: Int) throws -> [RunRow] {
        precondition(limit >= 0, "runs(limit:) needs a non-negative limit, got \(limit)")
        return try read { db in try RunsTable.list(scenario: scenario, limit: limit, in: db) }
    }

    /// The run with this id and all its children, exactly as saved; nil if there is none.
    public func run(id: Int64) throws -> StoredRun? {
        try read { db in try RunsTable.fetch(id: id, in: db) }
    }

    /// A run's metrics by name, for comparisons and gates; empty if the run does not exist.
    public func metrics(runID: Int64) throws -> [String: Double] {
        let metrics = try read { db in try ChildTables.metrics.fetch(runID: runID, in: db) }
        return Dictionary(uniqueKeysWithValues: metrics.map { ($0.name, $0.value) })
    }

    /// The id of the most recently saved run (`simctl report latest`), or nil if none is stored.
    public func latestRunID() throws -> Int64? {
        try read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM runs") }
    }
}
