import Foundation

/// Serialises opening a store (checking its schema and migrating it) across processes.
///
/// Parallel `simctl run`s on a new file used to race the migrations: GRDB reads the applied
/// migrations, then runs each one in its own transaction, so two processes could both decide
/// to create `runs`. SQLite's write lock cannot span GRDB's per-migration transactions, so an
/// advisory `flock` on the store's folder does: it is released when the holder closes it or
/// dies (a killed run never leaves it held), and it never touches the database file, whose
/// POSIX locks belong to SQLite (closing any other descriptor of that file would drop them).
enum StoreLock {
    static func holding<T>(folderOf path: String, _ body: () throws -> T) throws -> T {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw StoreError.cannotOpen(path: path, reason: "cannot open its folder \(folder): \(errorText())")
        }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else {
            throw StoreError.cannotOpen(path: path, reason: "cannot lock its folder \(folder): \(errorText())")
        }
        return try body()
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
