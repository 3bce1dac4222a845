import GRDB

/// The migrations of consumer kinds beyond raw polling (KCL leases). Shipped migrations never
/// change (see `StoreMigrations`).
enum ConsumerMigrations {
    /// Lease ownership over time of KCL applications: each worker's lease count from `at_s` on.
    static func createRunLeases(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE run_leases (
                run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                consumer TEXT NOT NULL,
                at_s REAL NOT NULL CHECK (at_s >= 0),
                worker INTEGER NOT NULL CHECK (worker >= 0),
                leases INTEGER NOT NULL CHECK (leases >= 0)
            ) STRICT;
            CREATE INDEX run_leases_run_id ON run_leases(run_id);
            """)
    }

    /// Each second's end-to-end latency percentiles per consumer. Nullable: null in a second
    /// that handed the consumer no records, and in runs stored before this migration.
    static func addConsumerSeriesLatency(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE run_consumer_series ADD COLUMN latency_p50_ms REAL CHECK (latency_p50_ms >= 0);
            ALTER TABLE run_consumer_series ADD COLUMN latency_p99_ms REAL CHECK (latency_p99_ms >= latency_p50_ms);
            ALTER TABLE run_consumer_series ADD COLUMN latency_max_ms REAL CHECK (latency_max_ms >= latency_p99_ms);
            """)
    }

    /// Per window of a window operator, the records that came after it had closed.
    static func createRunWindowLate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE run_window_late (
                run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                consumer TEXT NOT NULL,
                operator_index INTEGER NOT NULL CHECK (operator_index >= 0),
                window_start_ms INTEGER NOT NULL,
                window_end_ms INTEGER NOT NULL CHECK (window_end_ms > window_start_ms),
                late_records INTEGER NOT NULL CHECK (late_records > 0)
            ) STRICT;
            CREATE INDEX run_window_late_run_id ON run_window_late(run_id);
            """)
    }
}
