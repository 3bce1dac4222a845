import GRDB

/// Whether an open database is a simctl store this binary may use, decided before anything is
/// written to it.
///
/// A simctl store is recognised by its `grdb_migrations` table listing `v1-runs`, the first
/// migration simctl ever shipped. A database with tables but no such row belongs to another
/// application; one with a migration this binary does not know was written by a newer simctl,
/// whose schema this binary would misread or damage.
enum StoreSchema {
    enum State: Equatable {
        /// No tables at all: a new store.
        case blank
        /// A simctl store, possibly missing later migrations (opening for writing adds them).
        case store
    }

    /// Runs `PRAGMA quick_check` (pages, b-trees, record formats) and classifies the schema.
    /// - Throws: `StoreError.corrupt`, `.notAStore` or `.newerStore`, each naming `path`.
    static func check(_ db: Database, path: String) throws -> State {
        try checkPages(db, path: path)
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
            """)
        if tables.isEmpty { return .blank }
        let applied = tables.contains("grdb_migrations")
            ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
            : []
        guard applied.contains(firstMigration) else {
            throw StoreError.notAStore(path: path, tables: tables)
        }
        let known = StoreMigrations.migrator.migrations
        let unknown = applied.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw StoreError.newerStore(path: path, unknownMigrations: unknown, newestKnown: known.last ?? firstMigration)
        }
        return .store
    }

    static let firstMigration = "v1-runs"

    /// A damaged page shows either as quick_check's findings or as SQLite refusing to read it.
    private static func checkPages(_ db: Database, path: String) throws {
        let findings: [String]
        do {
            findings = try String.fetchAll(db, sql: "PRAGMA quick_check")
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            findings = [error.message ?? "\(error.resultCode)"]
        }
        guard findings == ["ok"] else { throw StoreError.corrupt(path: path, findings: Array(findings.prefix(3))) }
    }
}
