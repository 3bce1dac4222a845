import Foundation
import GRDB

/// What a store file holds, read directly with SQLite (never through simctl), so a test can
/// tell a whole run from a half-written one.
enum StoreInspection {
    /// Each stored run's digest and series row count, by run id.
    static func runs(in path: String) throws -> [Int64: StoredRunFacts] {
        try DatabaseQueue(path: path).read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, digest, (SELECT count(*) FROM run_series WHERE run_id = runs.id) AS series FROM runs
                """)
            return Dictionary(uniqueKeysWithValues: rows.map { row in
                (row["id"], StoredRunFacts(digest: row["digest"], seriesRows: row["series"]))
            })
        }
    }

    /// `PRAGMA integrity_check`'s findings: `["ok"]` for a sound file.
    static func integrityCheck(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}

struct StoredRunFacts: Equatable {
    var digest: String
    var seriesRows: Int
}
