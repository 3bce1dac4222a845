import GRDB

extension ResultStore {
    /// Writes a plan and its candidate runs, each tagged with the plan, in one transaction: a
    /// plan is never stored without its runs, nor its runs without it.
    /// - Returns: the plan's id and its runs' ids, in the order of `runs`.
    /// - Throws: `StoreError.sqlite` naming the statement that failed.
    public func save(_ plan: StoredPlan, runs: [StoredRun]) throws -> (planID: Int64, runIDs: [Int64]) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO plans (scenario_name, scenario_sha256, created_at, simctl_version, recommendation, document)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [plan.scenarioName, plan.scenarioSHA256, plan.createdAt, plan.simctlVersion,
                                 plan.recommendation, plan.document])
            let planID = db.lastInsertedRowID
            let runIDs = try runs.map { run in
                let runID = try insert(run, in: db)
                try db.execute(sql: "UPDATE runs SET plan_id = ? WHERE id = ?", arguments: [planID, runID])
                return runID
            }
            return (planID, runIDs)
        }
    }

    /// The plan with this id and its runs' ids; nil if there is none (or the store predates plans).
    public func plan(id: Int64) throws -> StoredPlan? {
        try read { db in
            guard try db.tableExists("plans"),
                  let row = try Row.fetchOne(db, sql: "SELECT * FROM plans WHERE id = ?", arguments: [id]) else { return nil }
            let runIDs = try Int64.fetchAll(db, sql: "SELECT id FROM runs WHERE plan_id = ? ORDER BY id", arguments: [id])
            return StoredPlan(scenarioName: row["scenario_name"], scenarioSHA256: row["scenario_sha256"],
                              createdAt: row["created_at"], simctlVersion: row["simctl_version"],
                              recommendation: row["recommendation"], document: row["document"], runIDs: runIDs)
        }
    }

    /// The id of the most recently stored plan, or nil if none is.
    public func latestPlanID() throws -> Int64? {
        try read { db in try db.tableExists("plans") ? Int64.fetchOne(db, sql: "SELECT max(id) FROM plans") : nil }
    }
}
