import GRDB

/// The migrations that store plans (`simctl plan`): a plan row holding the plan's document,
/// and each candidate run tagged with the plan that made it. Shipped migrations never change
/// (see `StoreMigrations`).
enum PlanMigrations {
    /// The document is the plan as every rendering reads it (JSON, `simctl.plan.v1`): kept
    /// whole, so that the planner can add a figure without a migration, and checked to be JSON.
    static func createPlans(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE plans (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                scenario_name TEXT NOT NULL CHECK (scenario_name <> ''),
                scenario_sha256 TEXT NOT NULL
                    CHECK (length(scenario_sha256) = 64 AND scenario_sha256 NOT GLOB '*[^0-9a-fA-F]*'),
                created_at TEXT NOT NULL
                    CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z'),
                simctl_version TEXT NOT NULL,
                recommendation INTEGER CHECK (recommendation IS NULL OR recommendation >= 1),
                document TEXT NOT NULL CHECK (json_valid(document))
            ) STRICT;
            ALTER TABLE runs ADD COLUMN plan_id INTEGER REFERENCES plans(id) ON DELETE SET NULL;
            CREATE INDEX runs_plan_id ON runs(plan_id);
            """)
    }
}
