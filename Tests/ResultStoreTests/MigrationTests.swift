import Foundation
import GRDB
@testable import ResultStore
import Testing

@Suite("Opening and migrating")
struct MigrationTests {
    /// Pinned on purpose: shipped migrations are append-only, so this list may only grow at the end.
    static let shippedMigrations = [
        "v1-runs", "v1-run-metrics", "v1-run-shards", "v1-run-windows",
        "v1-run-invariants", "v1-run-objectives", "v1-run-latency", "v1-run-series", "v1-run-shard-lineage",
        "v2-run-report-facts", "v2-run-consumers", "v2-run-latency-buckets", "v2-run-consumer-series", "v2-run-events",
        "v2-run-violations", "v3-plans", "v4-run-leases", "v5-run-window-late", "v6-run-consumer-series-latency",
    ]

    @Test("an empty database gets every migration", arguments: StoreBackend.allCases)
    func migratesEmptyDatabase(backend: StoreBackend) throws {
        try backend.withStore { store throws in
            #expect(try store.appliedMigrations() == Self.shippedMigrations)
            #expect(try store.runs(limit: 10).isEmpty)
            #expect(try store.latestRunID() == nil)
        }
    }

    /// Re-running a v1 migration would fail on CREATE TABLE of an existing table, so a reopen
    /// that succeeds and keeps the rows proves the migrator skipped what was applied.
    @Test("reopening a file keeps its runs and does not migrate again")
    func reopensExistingFile() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/simctl.sqlite"
            let firstID = try ResultStore(path: path).save(.sample())
            let reopened = try ResultStore(path: path)
            #expect(try reopened.appliedMigrations() == Self.shippedMigrations)
            #expect(try reopened.run(id: firstID) == .sample())
            let secondID = try reopened.save(.sample(seed: 7))
            #expect(try reopened.runs(limit: 10).map(\.id) == [secondID, firstID])
        }
    }

    /// A file written before shards had lifetimes: its shard rows read back with nil lineage,
    /// and new runs store theirs.
    @Test("a file from before the series migration is upgraded in place")
    func upgradesFileWithoutSeries() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/old.sqlite"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let old = try DatabaseQueue(path: path)
            try StoreMigrations.migrator.migrate(old, upTo: "v1-run-latency")
            var legacy = StoredRun.sample()
            legacy.series = []
            legacy.shards = legacy.shards.map {
                StoredShard(shardID: $0.shardID, incomingRecords: $0.incomingRecords, incomingBytes: $0.incomingBytes,
                            throttledRecords: $0.throttledRecords, peakUtilization: $0.peakUtilization)
            }
            legacy.reproduceCommand = nil
            try old.write { db in
                let id = try Self.insertV1Run(legacy, in: db)
                for shard in legacy.shards {
                    try db.execute(sql: "INSERT INTO run_shards VALUES (?, ?, ?, ?, ?, ?)", arguments: [
                        id, shard.shardID, shard.incomingRecords, shard.incomingBytes, shard.throttledRecords, shard.peakUtilization,
                    ])
                }
            }
            try old.close()
            let store = try ResultStore(path: path)
            #expect(try store.appliedMigrations() == Self.shippedMigrations)
            let upgraded = try #require(try store.run(id: 1))
            #expect(upgraded.shards == legacy.shards)
            #expect(upgraded.reproduceCommand == nil && upgraded.consumers.isEmpty && upgraded.timeline.isEmpty)
            #expect(upgraded.invariants.allSatisfy { $0.violations == nil })
            let newID = try store.save(.sample())
            #expect(try store.run(id: newID) == .sample())
        }
    }

    /// `simctl report` reads an older store without migrating it: the run reads back with the
    /// newer tables' children empty.
    @Test("a store from before the v2 migrations is read without being migrated")
    func readsOlderStoreWithoutMigrating() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/v1.sqlite"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let old = try DatabaseQueue(path: path)
            try StoreMigrations.migrator.migrate(old, upTo: "v1-run-shard-lineage")
            let id = try old.write { db in try Self.insertV1Run(.sample(), in: db) }
            try old.close()
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            let store = try #require(try ResultStore.existing(readingFrom: path))
            let run = try #require(try store.run(id: id))
            #expect(run.digest == StoredRun.sample().digest && run.consumers.isEmpty && run.reproduceCommand == nil)
            #expect(try store.runs(limit: 5).map(\.id) == [id])
            #expect(try store.runs(limit: 5).map(\.planID) == [nil])
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
    }

    /// The `runs` row as simctl wrote it before the v2 migrations, which added columns.
    static func insertV1Run(_ run: StoredRun, in db: Database) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO runs (
                    scenario_name, scenario_sha256, scenario_text, seed, simctl_version, git_commit,
                    digest, verdict, started_at, wall_seconds, simulated_seconds, events, exit_code
                ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                run.scenarioName, run.scenarioSHA256, run.scenarioText, String(run.seed), run.simctlVersion, run.gitCommit,
                run.digest, run.verdict, run.startedAtISO8601, run.wallSeconds, run.simulatedSeconds, run.events, run.exitCode,
            ]
        )
        return db.lastInsertedRowID
    }

    @Test("a folder blocked by a file is reported as such")
    func reportsUncreatableFolder() throws {
        try withTemporaryFolder { folder in
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data().write(to: URL(fileURLWithPath: folder + "/reports"))
            let error = #expect(throws: StoreError.self) { try ResultStore(path: folder + "/reports/simctl.sqlite") }
            guard case .cannotCreateDirectory(let reportedPath, _)? = error else {
                Issue.record("expected cannotCreateDirectory, got \(String(describing: error))")
                return
            }
            #expect(reportedPath == folder + "/reports")
        }
    }
}
