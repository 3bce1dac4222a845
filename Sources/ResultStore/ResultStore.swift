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

    /// Opens the file at `path` to store runs, creating it and its folder if needed, and brings
    /// its schema up to date. A file that is not a simctl store this binary can write is refused
    /// and left unchanged (see `StoreOpening`).
    /// - Throws: `StoreError.cannotCreateDirectory`, `.cannotOpen`, `.notADatabase`,
    ///   `.notAStore`, `.newerStore`, `.corrupt` or `.readOnly`.
    public convenience init(path: String) throws {
        try Self.createParentDirectory(of: path)
        self.init(path: path, queue: try StoreOpening.openForWriting(path: path))
    }

    /// Opens the store at `path` for reading only: listing runs never writes, not even a
    /// migration, so another application's file named by mistake stays as it was.
    /// - Returns: nil when there is no store yet (no file, or an empty one).
    public static func existing(readingFrom path: String) throws -> ResultStore? {
        try StoreOpening.openForReading(path: path).map { ResultStore(path: path, queue: $0) }
    }

    /// A fresh, empty store in memory, for tests.
    public static func inMemory() throws -> ResultStore {
        let queue = try DatabaseQueue(configuration: StoreOpening.configuration)
        try StoreError.wrapping { try StoreMigrations.migrator.migrate(queue) }
        return ResultStore(path: ":memory:", queue: queue)
    }

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
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
