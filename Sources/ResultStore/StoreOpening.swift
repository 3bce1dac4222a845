import Foundation
import GRDB

/// The steps that open a store file, in the order that keeps every file simctl must not use
/// byte-for-byte unchanged: look at the bytes, then the schema, and write only after both.
///
/// - Write access (`simctl run`): under `StoreLock`, refuse a file that is not SQLite, open it,
///   refuse a read-only file, a corrupt database, another application's or a newer simctl's;
///   then switch to WAL (readers never block the writer, and a killed writer leaves the file
///   whole) and run the migrations the file lacks.
/// - Read access (`simctl runs`): the same refusals on a read-only connection; nothing is ever
///   written, and a missing or empty file is no store at all.
enum StoreOpening {
    static func openForWriting(path: String) throws -> DatabaseQueue {
        try StoreLock.holding(folderOf: path) {
            if try StoreFile.inspect(path) == .other { throw StoreError.notADatabase(path: path) }
            try refuseReadOnly(path: path)
            let queue = try opening(path) { try DatabaseQueue(path: path, configuration: configuration) }
            try opening(path) {
                try queue.inDatabase { db in
                    _ = try StoreSchema.check(db, path: path)
                    try db.execute(sql: "PRAGMA journal_mode = WAL")
                }
                try StoreMigrations.migrator.migrate(queue)
            }
            return queue
        }
    }

    /// SQLite opens a file it cannot write read-only without a word, and a store that needs no
    /// migration is not written until the run is saved, after the whole simulation. SQLite falls
    /// back exactly when opening the file for writing fails, which `access(W_OK)` predicts
    /// (modes, ownership, a read-only mount); a folder that cannot be written fails the open.
    private static func refuseReadOnly(path: String) throws {
        if FileManager.default.fileExists(atPath: path) && access(path, W_OK) != 0 {
            throw StoreError.readOnly(path: path)
        }
    }

    /// - Returns: nil when there is no store at `path` (no file, an empty file, no tables).
    static func openForReading(path: String) throws -> DatabaseQueue? {
        switch try StoreFile.inspect(path) {
        case .missing, .empty: return nil
        case .other: throw StoreError.notADatabase(path: path)
        case .sqlite: break
        }
        var readOnly = configuration
        readOnly.readonly = true
        let queue = try opening(path) { try DatabaseQueue(path: path, configuration: readOnly) }
        let state = try opening(path) { try queue.read { db in try StoreSchema.check(db, path: path) } }
        return state == .store ? queue : nil
    }

    /// Waits up to 10 s for another simctl process writing the same file (parallel CI jobs)
    /// instead of failing at once with SQLITE_BUSY.
    static var configuration: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        return configuration
    }

    /// Failing to open and failing to migrate look alike to the caller (the file is unusable),
    /// so SQLite's errors become `cannotOpen` with the path; the refusals above pass through.
    private static func opening<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
    }
}
