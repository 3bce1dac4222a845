import GRDB

/// Why the store could not open, write or read, worded for a person reading simctl's stderr.
///
/// Every public method of `ResultStore` throws only this type, so callers never import GRDB.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The folder that should hold the database file could not be created.
    case cannotCreateDirectory(path: String, reason: String)
    /// The file could not be opened or migrated: not a database, unreadable, or corrupt.
    case cannotOpen(path: String, reason: String)
    /// The file is not an SQLite database at all (a text file, an image); it was not touched.
    case notADatabase(path: String)
    /// An SQLite database of another application: it has tables but no simctl migrations.
    case notAStore(path: String, tables: [String])
    /// A store written by a newer simctl: it has migrations this binary does not know.
    case newerStore(path: String, unknownMigrations: [String], newestKnown: String)
    /// The database fails `PRAGMA quick_check`; `findings` are its first complaints.
    case corrupt(path: String, findings: [String])
    /// The file or its folder cannot be written, so a run could not be stored.
    case readOnly(path: String)
    /// SQLite refused a statement: a constraint, a full disk, a locked file.
    /// `code` is SQLite's primary result code (19 = constraint).
    case sqlite(code: Int32, message: String, sql: String?)
    /// A stored value does not read back as its Swift type.
    case corruptValue(column: String, value: String)

    public var description: String {
        switch self {
        case let .cannotCreateDirectory(path, reason):
            "cannot create the folder \(path) for the results database: \(reason)"
        case let .cannotOpen(path, reason):
            "cannot open the results database \(path): \(reason)"
        case let .notADatabase(path):
            "\(path) is not a simctl results database (not an SQLite file); it was left unchanged"
        case let .notAStore(path, tables):
            "\(path) is another application's SQLite database (tables \(tables.joined(separator: ", "))), "
                + "not a simctl results database; it was left unchanged"
        case let .newerStore(path, unknown, newest):
            "\(path) was written by a newer simctl: it has migration \(unknown.joined(separator: ", ")), "
                + "and the newest this simctl knows is \(newest); it was left unchanged"
        case let .corrupt(path, findings):
            "\(path) is corrupt (PRAGMA quick_check: \(findings.joined(separator: "; "))); it was left unchanged"
        case let .readOnly(path):
            "\(path) is read-only (the file or its folder cannot be written), so no run could be stored"
        case let .sqlite(code, message, sql?):
            "SQLite error \(code): \(message) - while executing `\(sql)`"
        case let .sqlite(code, message, nil):
            "SQLite error \(code): \(message)"
        case let .corruptValue(column, value):
            "the results database holds \(value.debugDescription) in \(column), which simctl cannot read"
        }
    }

    init(_ error: DatabaseError) {
        self = .sqlite(
            code: error.resultCode.rawValue,
            message: error.message ?? "\(error.resultCode)",
            sql: error.sql
        )
    }

    /// Runs `body`, turning GRDB's errors into `StoreError` at the module's edge.
    static func wrapping<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError(error)
        }
    }
}
