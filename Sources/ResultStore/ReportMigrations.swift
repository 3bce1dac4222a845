import GRDB

/// The migrations that made the store the source of every report: what the end-of-run summary,
/// the HTML charts and comparisons show beyond the v1 tables. Shipped migrations never change
/// (see `StoreMigrations`); every column they add is nullable or has a default, so runs stored
/// before them still read back.
enum ReportMigrations {
    /// Facts of the run, its shards and its checks that reports print: the command that
    /// reproduces the run, why it stopped early, each shard's final state, each invariant's count
    /// of violations, each objective's measured value, limit and consumer.
    static func addReportFacts(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE runs ADD COLUMN reproduce_command TEXT;
            ALTER TABLE runs ADD COLUMN stopped_early TEXT;
            ALTER TABLE run_shards ADD COLUMN state TEXT CHECK (state IN ('OPEN', 'CLOSED', 'EXPIRED'));
            ALTER TABLE run_invariants ADD COLUMN violations INTEGER CHECK (violations >= 0);
            ALTER TABLE run_objectives ADD COLUMN measured REAL;
            ALTER TABLE run_objectives ADD COLUMN limit_value REAL;
            ALTER TABLE run_objectives ADD COLUMN consumer TEXT;
            """)
    }

    /// The run's consumers in the scenario's order (rowid order, as every child table reads back),
    /// which the metrics' sorted names cannot give back.
    static func createRunConsumers(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE run_consumers (
                run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                name TEXT NOT NULL CHECK (name <> ''),
                type TEXT NOT NULL,
                PRIMARY KEY (run_id, name)
            ) STRICT;
            """)
    }

    /// Each consumer's end-to-end latency histogram as its non-empty HDR buckets: a bucket's
    /// highest equivalent value in microseconds and its count. Percentiles are recomputed by
    /// walking the cumulative counts, and histograms of several runs merge by adding counts of
    /// equal values (every run uses the same bucket layout: 3 significant digits, up to 30 days).
    static func createRunLatencyBuckets(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE run_latency_buckets (
                run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                consumer TEXT NOT NULL,
                value_us INTEGER NOT NULL CHECK (value_us >= 0),
                count INTEGER NOT NULL CHECK (count > 0),
                PRIMARY KEY (run_id, consumer, value_us)
            ) STRICT;
            """)
    }

    /// Each consumer's figures per second of simulated time: records it was given (GetRecords or
    /// fan-out events), the largest iterator age and the largest `MillisBehindLatest` of the second.
    static func createRunConsumerSeries(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE run_consumer_series (
                run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                consumer TEXT NOT NULL,
                period_start_s INTEGER NOT NULL CHECK (period_start_s >= 0),
                records INTEGER NOT NULL CHECK (records >= 0),
                max_iterator_age_ms INTEGER NOT NULL CHECK (max_iterator_age_ms >= 0),
                max_millis_behind_latest INTEGER NOT NULL CHECK (max_millis_behind_latest >= 0)
            ) STRICT;
            CREATE INDEX run_consumer_series_run_id ON run_consumer_series(run_id);
            """)
    }

    /// The run's timeline: faults (with their end), stream operations and what became of them,
    /// capacity-policy decisions. `at_s` and `end_s` are simulated seconds since the run began.
    static func createRunEvents(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE run_events (
                run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                at_s REAL NOT NULL CHECK (at_s >= 0),
                end_s REAL CHECK (end_s >= at_s),
                kind TEXT NOT NULL CHECK (kind IN ('fault', 'reshard', 'refused', 'policy')),
                description TEXT NOT NULL
            ) STRICT;
            CREATE INDEX run_events_run_id ON run_events(run_id);
            """)
    }

    /// The messages of each violated invariant's first violations (a checker keeps ten), in the
    /// order they happened; `run_invariants` has the first and the count.
    static func createRunViolations(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE run_violations (
                run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                invariant TEXT NOT NULL,
                message TEXT NOT NULL
            ) STRICT;
            CREATE INDEX run_violations_run_id ON run_violations(run_id);
            """)
    }
}
