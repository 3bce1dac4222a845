import GRDB

/// Writes and reads rows of `runs` itself; a run's children go through `ChildTables`.
enum RunsTable {
    /// - Returns: the new run's id.
    static func insert(_ run: StoredRun, in db: Database) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO runs (
                    scenario_name, scenario_sha256, scenario_text, seed, simctl_version, git_commit,
                    digest, verdict, started_at, wall_seconds, simulated_seconds, events, exit_code,
                    reproduce_command, stopped_early
                ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                run.scenarioName, run.scenarioSHA256, run.scenarioText, SeedText.text(for: run.seed),
                run.simctlVersion, run.gitCommit, run.digest, run.verdict, run.startedAtISO8601,
                run.wallSeconds, run.simulatedSeconds, run.events, run.exitCode,
                run.reproduceCommand, run.stoppedEarly,
            ]
        )
        return db.lastInsertedRowID
    }

    /// The run with its children, or nil if no run has this id.
    static func fetch(id: Int64, in db: Database) throws -> StoredRun? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM runs WHERE id = ?", arguments: [id]) else {
            return nil
        }
        return StoredRun(
            scenarioName: row["scenario_name"],
            scenarioSHA256: row["scenario_sha256"],
            scenarioText: row["scenario_text"],
            seed: try SeedText.seed(from: row["seed"]),
            simctlVersion: row["simctl_version"],
            gitCommit: row["git_commit"],
            digest: row["digest"],
            verdict: row["verdict"],
            startedAtISO8601: row["started_at"],
            wallSeconds: row["wall_seconds"],
            simulatedSeconds: row["simulated_seconds"],
            events: row["events"],
            exitCode: row["exit_code"],
            reproduceCommand: row["reproduce_command"],
            stoppedEarly: row["stopped_early"],
            metrics: try ChildTables.metrics.fetch(runID: id, in: db),
            shards: try ChildTables.shards.fetch(runID: id, in: db),
            windows: try ChildTables.windows.fetch(runID: id, in: db),
            invariants: try ChildTables.invariants.fetch(runID: id, in: db),
            violations: try ChildTables.violations.fetch(runID: id, in: db),
            objectives: try ChildTables.objectives.fetch(runID: id, in: db),
            latency: try ChildTables.latency.fetch(runID: id, in: db),
            series: StoredSeriesRows(try ChildTables.series.fetch(runID: id, in: db)),
            consumers: try ChildTables.consumers.fetch(runID: id, in: db),
            latencyBuckets: try ChildTables.latencyBuckets.fetch(runID: id, in: db),
            consumerSeries: StoredConsumerSeriesRows(try ChildTables.consumerSeries.fetch(runID: id, in: db)),
            timeline: try ChildTables.timeline.fetch(runID: id, in: db),
            leases: try ChildTables.leases.fetch(runID: id, in: db),
            windowLateness: try ChildTables.windowLateness.fetch(runID: id, in: db)
        )
    }

    /// Summaries of the newest runs first, optionally of one scenario only. A store read
    /// without its migrations may predate plans: its runs have none.
    static func list(scenario: String?, limit: Int, in db: Database) throws -> [RunRow] {
        let plans: SQL = try db.columns(in: "runs").contains { $0.name == "plan_id" } ? "plan_id" : "NULL AS plan_id"
        var sql: SQL = """
            SELECT id, scenario_name, seed, digest, verdict, started_at, wall_seconds, \(plans),
                (SELECT value FROM run_metrics WHERE run_id = runs.id AND name = 'throughput.records_per_second') AS throughput,
                (SELECT max(value) FROM run_metrics
                    WHERE run_id = runs.id AND name LIKE 'consumers.%' AND name LIKE '%.latency.e2e_ms.p99') AS worst_p99
            FROM runs
            """
        if let scenario {
            sql += " WHERE scenario_name = \(scenario)"
        }
        sql += " ORDER BY id DESC LIMIT \(limit)"
        return try Row.fetchAll(db, SQLRequest(literal: sql)).map(runRow)
    }

    private static func runRow(_ row: Row) throws -> RunRow {
        RunRow(
            id: row["id"],
            scenarioName: row["scenario_name"],
            seed: try SeedText.seed(from: row["seed"]),
            digest: row["digest"],
            verdict: row["verdict"],
            startedAtISO8601: row["started_at"],
            wallSeconds: row["wall_seconds"],
            throughputRecordsPerSecond: row["throughput"],
            worstP99Ms: row["worst_p99"],
            planID: row["plan_id"]
        )
    }
}
