import Foundation
import GRDB

/// The SQLite file that keeps every run: it opens and migrates the file, then writes runs
/// (`ResultStore+Save.swift`) and answers queries about them (`ResultStore+Queries.swift`).
///
/// One `DatabaseQueue` serialises every access, so a store may be shared between threads
/// (for example parallel plan candidates saving their runs).
public final class ResultStore: Sendable {
    /// The database file, or ":memory:" for a store that lives only as long as this object.
    public let path: String
    private let queue: DatabaseQueue

    /// Opens the file at `path`, creating it and its folder if needed, and brings its schema up
    /// to date.
    /// - Throws: `StoreError.cannotCreateDirectory` or `StoreError.cannotOpen`.
    public convenience init(path: String) throws {
        try Self.createParentDirectory(of: path)
        try self.init(path: path) { try DatabaseQueue(path: path, configuration: Self.configuration) }
    }

    /// A fresh, empty store in memory, for tests.
    public static func inMemory() throws -> ResultStore {
        try ResultStore(path: ":memory:") { try DatabaseQueue(configuration: configuration) }
    }

    /// Opening and migrating fail alike from the caller's view (the file is unusable), so both
    /// are reported as `cannotOpen` with the path.
    private init(path: String, open: () throws -> DatabaseQueue) throws {
        self.path = path
        do {
            queue = try open()
            try StoreMigrations.migrator.migrate(queue)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// Identifiers of the migrations this file has been through, in the order they ran.
    public func appliedMigrations() throws -> [String] {
        try read { db in try StoreMigrations.migrator.appliedMigrations(db) }
    }

    /// Runs `body` in a read transaction, reporting failures as `StoreError`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try StoreError.wrapping { try queue.read(body) }
    }

    /// Runs `body` in one write transaction, reporting failures as `StoreError`: if `body`
    /// throws, every row it wrote is rolled back.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try StoreError.wrapping { try queue.write(body) }
    }

    /// Waits for another simctl process writing the same file (parallel CI jobs) instead of
    /// failing at once with SQLITE_BUSY.
    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        return configuration
    }

    /// `simctl run` defaults to `reports/simctl.sqlite`, and a fresh checkout has no `reports/`.
    private static func createParentDirectory(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotCreateDirectory(path: folder.path, reason: error.localizedDescription)
        }
    }
}
