import GRDB

/// How one kind of run child maps to its table: the columns it fills and how a row reads back.
///
/// One generic writer and one reader serve every child table, so each table is described once
/// (`ChildTables`) rather than by its own pair of insert and select functions.
struct ChildTable<Child>: Sendable {
    let name: String
    /// Columns after `run_id`, in the order `encode` lists their values.
    let columns: [String]
    let encode: @Sendable (Child) -> StatementArguments
    let decode: @Sendable (Row) -> Child

    /// Inserts `children` under `runID` through one prepared statement reused for every row,
    /// which keeps 10^5 windows well under a second.
    /// - Complexity: O(n) statement executions; one parse of the SQL.
    func insert(_ children: some Sequence<Child>, runID: Int64, in db: Database) throws {
        let statement = try db.makeStatement(sql: insertSQL)
        let runIDArgument: StatementArguments = [runID]
        for child in children {
            try statement.execute(arguments: runIDArgument + encode(child))
        }
    }

    /// Reads `runID`'s children in the order they were saved (rowid order), so the arrays of a
    /// `StoredRun` round-trip unchanged. A store from an older simctl, opened read-only and so not
    /// migrated, may lack the table: its runs have none of these children.
    func fetch(runID: Int64, in db: Database) throws -> [Child] {
        guard try db.tableExists(name) else { return [] }
        let rows = try Row.fetchCursor(
            db,
            sql: "SELECT * FROM \(name) WHERE run_id = ? ORDER BY rowid",
            arguments: [runID]
        )
        return try Array(rows.map(decode))
    }

    private var insertSQL: String {
        let names = (["run_id"] + columns).joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: columns.count + 1).joined(separator: ", ")
        return "INSERT INTO \(name) (\(names)) VALUES (\(placeholders))"
    }
}
