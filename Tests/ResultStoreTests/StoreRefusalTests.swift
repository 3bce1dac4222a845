import Foundation
import GRDB
@testable import ResultStore
import Testing

/// Files simctl must not use are refused with a message naming them and left byte-for-byte as
/// they were, whether a run wanted to write to them or a listing to read them.
@Suite("Refusing files that are not this simctl's store")
struct StoreRefusalTests {
    enum Access: String, CaseIterable, Sendable {
        case writing
        case reading

        func open(_ path: String) throws {
            switch self {
            case .writing: _ = try ResultStore(path: path)
            case .reading: _ = try ResultStore.existing(readingFrom: path)
            }
        }
    }

    /// Files a user might name with `--db` by mistake.
    enum ForeignFile: String, CaseIterable, Sendable {
        case text
        case png
        case otherApplicationsDatabase

        func create(at path: String) throws {
            switch self {
            case .text:
                try Data(String(repeating: "not a database\n", count: 100).utf8).write(to: URL(fileURLWithPath: path))
            case .png:
                try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 7, count: 600))
                    .write(to: URL(fileURLWithPath: path))
            case .otherApplicationsDatabase:
                let other = try DatabaseQueue(path: path)
                try other.write { db in
                    try db.execute(sql: "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts VALUES (1, 'Ada')")
                }
                try other.close()
            }
        }

        var expected: String {
            switch self {
            case .text, .png: "is not a simctl results database (not an SQLite file)"
            case .otherApplicationsDatabase: "is another application's SQLite database (tables contacts)"
            }
        }
    }

    @Test("a foreign file is refused and left unchanged", arguments: ForeignFile.allCases, Access.allCases)
    func refusesForeignFile(file: ForeignFile, access: Access) throws {
        try withFolder { folder in
            let path = folder + "/other.db"
            try file.create(at: path)
            try expectRefusedUnchanged(path, access: access, saying: file.expected)
        }
    }

    @Test("a store written by a newer simctl is refused, naming its migration and the newest known", arguments: Access.allCases)
    func refusesNewerStore(access: Access) throws {
        try withFolder { folder in
            let path = try storeFile(in: folder) { db in
                try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v7-future-table')")
            }
            let newest = try #require(StoreMigrations.migrator.migrations.last)
            try expectRefusedUnchanged(path, access: access, saying: "written by a newer simctl: it has migration v7-future-table, "
                                                              + "and the newest this simctl knows is \(newest)")
        }
    }

    @Test("a store with a damaged page fails quick_check and is refused", arguments: Access.allCases)
    func refusesCorruptStore(access: Access) throws {
        try withFolder { folder in
            let path = try storeFile(in: folder) { _ in }
            let handle = try #require(FileHandle(forUpdatingAtPath: path))
            let size = try handle.seekToEnd()
            try handle.seek(toOffset: size - 4_096)  // the last page: table or index data, not the schema
            try handle.write(contentsOf: Data(repeating: 0xA5, count: 4_096))
            try handle.close()
            try expectRefusedUnchanged(path, access: access, saying: "is corrupt (PRAGMA quick_check: ")
        }
    }

    @Test("a missing or empty file becomes a new store for writing and no store for reading")
    func startsNewStore() throws {
        try withFolder { folder in
            let empty = folder + "/empty.sqlite"
            try Data().write(to: URL(fileURLWithPath: empty))
            #expect(try ResultStore.existing(readingFrom: empty) == nil)
            #expect(try ResultStore.existing(readingFrom: folder + "/missing.sqlite") == nil)
            #expect(fileSize(empty) == 0, "reading wrote to an empty file")
            #expect(!FileManager.default.fileExists(atPath: folder + "/missing.sqlite"))
            for path in [empty, folder + "/missing.sqlite"] {
                #expect(try ResultStore(path: path).save(.sample()) == 1)
            }
        }
    }

    /// WAL lets `simctl runs` read while a run writes, and makes a killed writer's partial
    /// transaction invisible.
    @Test("a store on disk is in WAL mode")
    func usesWriteAheadLog() throws {
        try withFolder { folder in
            let path = try storeFile(in: folder) { _ in }
            let raw = try DatabaseQueue(path: path)
            #expect(try raw.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
        }
    }

    // MARK: - Helpers

    func expectRefusedUnchanged(_ path: String, access: Access, saying expected: String,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self, sourceLocation: sourceLocation) { try access.open(path) }
        let message = error?.description ?? ""
        #expect(message.contains(path) && message.contains(expected), "\(message)", sourceLocation: sourceLocation)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "the file changed", sourceLocation: sourceLocation)
    }

    /// A store file holding one run, closed (its WAL folded back) and then changed by `alter`.
    func storeFile(in folder: String, alter: (Database) throws -> Void) throws -> String {
        let path = folder + "/simctl.sqlite"
        _ = try ResultStore(path: path).save(.sample())
        let raw = try DatabaseQueue(path: path)
        try raw.write(alter)
        try raw.close()
        return path
    }

    func withFolder(_ body: (String) throws -> Void) throws {
        try withTemporaryFolder { folder in
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try body(folder)
        }
    }

    func fileSize(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    }
}
