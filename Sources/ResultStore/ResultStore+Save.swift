import GRDB

extension ResultStore {
    /// Writes `run` and all its children in one transaction and returns the new run's id.
    ///
    /// The spec requires that an interrupted run leave no half-written rows, so any failure (a
    /// constraint, a full disk, a crash) rolls back every row of this run.
    /// - Throws: `StoreError.sqlite` naming the statement that failed.
    public func save(_ run: StoredRun) throws -> Int64 {
        try write { db in try insert(run, in: db) }
    }

    /// Inserts `run` and its children inside the caller's transaction.
    func insert(_ run: StoredRun, in db: Database) throws -> Int64 {
        let runID = try RunsTable.insert(run, in: db)
        try ChildTables.metrics.insert(run.metrics, runID: runID, in: db)
        try ChildTables.shards.insert(run.shards, runID: runID, in: db)
        try ChildTables.windows.insert(run.windows, runID: runID, in: db)
        try ChildTables.invariants.insert(run.invariants, runID: runID, in: db)
        try ChildTables.violations.insert(run.violations, runID: runID, in: db)
        try ChildTables.objectives.insert(run.objectives, runID: runID, in: db)
        try ChildTables.latency.insert(run.latency, runID: runID, in: db)
        try ChildTables.series.insert(run.series, runID: runID, in: db)
        try ChildTables.consumers.insert(run.consumers, runID: runID, in: db)
        try ChildTables.latencyBuckets.insert(run.latencyBuckets, runID: runID, in: db)
        try ChildTables.consumerSeries.insert(run.consumerSeries, runID: runID, in: db)
        try ChildTables.timeline.insert(run.timeline, runID: runID, in: db)
        try ChildTables.leases.insert(run.leases, runID: runID, in: db)
        try ChildTables.windowLateness.insert(run.windowLateness, runID: runID, in: db)
        return runID
    }
}
