import GRDB

/// The schema, as an append-only list of migrations.
///
/// A shipped migration is never edited or renamed: files written by older simctl versions are
/// upgraded by running only the migrations they lack (GRDB records applied identifiers in
/// `grdb_migrations`). Migrations are SQL only and never mention model types, so a later change
/// to a Swift type cannot silently change what an old migration does.
///
/// Tables are STRICT so a value of the wrong type is an error rather than a silent conversion.
/// Child tables reference `runs(id)` with ON DELETE CASCADE; GRDB turns foreign keys on for
/// every connection. `runs.id` is AUTOINCREMENT so ids are never reused: "newest first" is
/// "largest id first", and a run id quoted in a report keeps naming the same run.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-runs", migrate: createRuns)
        migrator.registerMigration("v1-run-metrics", migrate: createRunMetrics)
        migrator.registerMigration("v1-run-shards", migrate: createRunShards)
        migrator.registerMigration("v1-run-windows", migrate: createRunWindows)
        migrator.registerMigration("v1-run-invariants", migrate: createRunInvariants)
        migrator.registerMigration("v1-run-objectives", migrate: createRunObjectives)
        migrator.registerMigration("v1-run-latency", migrate: createRunLatency)
        migrator.registerMigration("v1-run-series", migrate: createRunSeries)
        migrator.registerMigration("v1-run-shard-lineage", migrate: addShardLineage)
        migrator.registerMigration("v2-run-report-facts", migrate: ReportMigrations.addReportFacts)
        migrator.registerMigration("v2-run-consumers", migrate: ReportMigrations.createRunConsumers)
        migrator.registerMigration("v2-run-latency-buckets", migrate: ReportMigrations.createRunLatencyBuckets)
        migrator.registerMigration("v2-run-consumer-series", migrate: ReportMigrations.createRunConsumerSeries)
        migrator.registerMigration("v2-run-events", migrate: ReportMigrations.createRunEvents)
        migrator.registerMigration("v2-run-violations", migrate: ReportMigrations.createRunViolations)
        migrator.registerMigration("v3-plans", migrate: PlanMigrations.createPlans)
        migrator.registerMigration("v4-run-leases", migrate: ConsumerMigrations.createRunLeases)
        migrator.registerMigration("v5-run-window-late", migrate: ConsumerMigrations.createRunWindowLate)
        migrator.registerMigration("v6-run-consumer-series-latency", migrate: ConsumerMigrations.addConsumerSeriesLatency)
        return migrator
    }

    /// `seed` is decimal TEXT (see `SeedText`); hex and date columns are checked for shape so a
    /// caller's formatting bug fails the save instead of polluting the file.
    private static func createRuns(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE runs (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                scenario_name TEXT NOT NULL CHECK (scenario_name <> ''),
                scenario_sha256 TEXT NOT NULL
                    CHECK (length(scenario_sha256) = 64 AND scenario_sha256 NOT GLOB '*[^0-9a-fA-F]*'),
                scenario_text TEXT NOT NULL,
                seed TEXT NOT NULL CHECK (length(seed) BETWEEN 1 AND 20 AND seed NOT GLOB '*[^0-9]*'),
                simctl_version TEXT NOT NULL,
                git_commit TEXT NOT NULL,
                digest TEXT NOT NULL CHECK (digest <> '' AND digest NOT GLOB '*[^0-9a-fA-F]*'),
                verdict TEXT NOT NULL CHECK (verdict IN ('pass', 'invariant', 'slo', 'data-loss')),
                started_at TEXT NOT NULL
                    CHECK (started_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z'),
                wall_seconds REAL NOT NULL CHECK (wall_seconds >= 0),
                simulated_seconds REAL NOT NULL CHECK (simulated_seconds >= 0),
                events INTEGER NOT NULL CHECK (events >= 0),
                exit_code INTEGER NOT NULL CHECK (exit_code BETWEEN 0 AND 255)
            ) STRICT;
            CREATE INDEX runs_scenario_name ON runs(scenario_name);
            """)
    }

    private static func createRunMetrics(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE run_metrics (
                run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                name TEXT NOT NULL CHECK (name <> ''),
                value REAL NOT NULL,
                PRIMARY KEY (run_id, name)
            ) STRICT;
            """)
    }

    private static func createRunShards(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE run_shards (
                run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                shard_id TEXT NOT NULL,
                incoming_records INTEGER NOT NULL CHECK (incoming_records >= 0),
                incoming_bytes INTEGER NOT NULL CHECK (incoming_bytes >= 0),
                throttled_records INTEGER NOT NULL CHECK (throttled_records >= 0),
                peak_utilization REAL NOT NULL CHECK (peak_utilization >= 0),
                PRIMARY KEY (run_id, shard_id)
            ) STRICT;
            """)
    }

    /// No uniqueness: an operator may fire one window more than once (late data), so
    /// `run_id` gets a plain index for reads and for the cascade.
    private static func createRunWindows(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE run_windows (
                run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                consumer TEXT NOT NULL,
                operator_index INTEGER NOT NULL CHECK (operator_index >= 0),
                window_start_ms INTEGER NOT NULL,
                window_end_ms INTEGER NOT NULL CHECK (window_end_ms >= window_start_ms),
                group_key TEXT NOT NULL,
                count INTEGER NOT NULL CHECK (count >= 0),
                sum REAL,
                min REAL,
                max REAL,
                avg REAL
            ) STRICT;
            CREATE INDEX run_windows_run_id ON run_windows(run_id);
            """)
    }

    private static func createRunInvariants(_ db: Database) throws {
        try createCheckTable(named: "run_invariants", failureStatus: "violated", db)
    }

    private static func createRunObjectives(_ db: Database) throws {
        try createCheckTable(named: "run_objectives", failureStatus: "missed", db)
    }

    /// Invariants and SLOs share a shape and differ only in the word for failure.
    /// A failed check must explain itself: anything but "ok" needs a message.
    /// Both v1 migrations call this, so like them it is shipped and must never change.
    private static func createCheckTable(named table: String, failureStatus: String, _ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE \(table) (
                run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('ok', '\(failureStatus)')),
                message TEXT CHECK (status = 'ok' OR message IS NOT NULL),
                PRIMARY KEY (run_id, name)
            ) STRICT;
            """)
    }

    private static func createRunLatency(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE run_latency (
                run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                consumer TEXT NOT NULL,
                percentile TEXT NOT NULL,
                value_ms REAL NOT NULL CHECK (value_ms >= 0),
                PRIMARY KEY (run_id, consumer, percentile)
            ) STRICT;
            """)
    }

    /// The CloudWatch-named series, one row per metric and period (long format, so a chart is one
    /// query); `shard_id` NULL is the whole stream. An hour of 16 shards is 40,000 rows, so there is
    /// no uniqueness index (it would double the 1.8 MB they take): `run_id` gets a plain index for
    /// reads and for the cascade, as `run_windows` does.
    private static func createRunSeries(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE run_series (
                run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                metric TEXT NOT NULL CHECK (metric <> ''),
                shard_id TEXT,
                resolution TEXT NOT NULL CHECK (resolution IN ('1s', '1m')),
                period_start_s INTEGER NOT NULL CHECK (period_start_s >= 0),
                value INTEGER NOT NULL CHECK (value >= 0)
            ) STRICT;
            CREATE INDEX run_series_run_id ON run_series(run_id);
            """)
    }

    /// Shards that resharding opens and closes during a run, and their parents. Nullable: runs
    /// stored before this migration have none of it, and parents come with resharding.
    private static func addShardLineage(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE run_shards ADD COLUMN opened_at_s REAL CHECK (opened_at_s >= 0);
            ALTER TABLE run_shards ADD COLUMN closed_at_s REAL CHECK (closed_at_s >= opened_at_s);
            ALTER TABLE run_shards ADD COLUMN parent_shard_id TEXT;
            ALTER TABLE run_shards ADD COLUMN adjacent_parent_shard_id TEXT;
            """)
    }
}
