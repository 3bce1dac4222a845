import Foundation

/// What lies at a store's path before SQLite is allowed to touch it.
///
/// SQLite opens any file and may write to it (a journal-mode change rewrites the header), so
/// a file that is not a database at all — notes, an image — is recognised from its first bytes
/// and refused before a connection exists, leaving it byte-for-byte as it was.
enum StoreFile: Equatable {
    /// No file: opening for writing creates a new store.
    case missing
    /// A zero-length file (as `touch` leaves it): treated as a new store.
    case empty
    /// A file that starts with SQLite's header; whose database it is is decided by `StoreSchema`.
    case sqlite
    /// Anything else.
    case other

    /// Every SQLite 3 database file starts with these 16 bytes (sqlite.org/fileformat.html).
    static let sqliteHeader = Array("SQLite format 3\0".utf8)

    /// Reads at most the header's length; never writes.
    static func inspect(_ path: String) throws -> StoreFile {
        guard FileManager.default.fileExists(atPath: path) else { return .missing }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.cannotOpen(path: path, reason: "the file cannot be read")
        }
        defer { try? handle.close() }
        let start = try handle.read(upToCount: sqliteHeader.count) ?? Data()
        if start.isEmpty { return .empty }
        return Array(start) == sqliteHeader ? .sqlite : .other
    }
}
