import Foundation
import Testing

/// A store simctl cannot write is refused when the run starts, naming the file, not after the
/// whole simulation.
///
/// Tests run as root, and root writes through file modes, so a 0444 file proves nothing there:
/// these run simctl as `nobody` through `setpriv`, where the kernel enforces the modes. They
/// prove the check for a read-only file and a read-only folder as an ordinary user sees them;
/// they cannot cover a read-only mount, which no container here offers. Without root or
/// `setpriv` they are skipped.
/// Starts simctl as the unprivileged user `nobody`.
private let asNobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]

@Suite(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: asNobody[0])))
struct ReadOnlyStoreTests {
    /// Where the store is: its file or its folder is closed to `nobody`.
    enum Blocked: String, CaseIterable, Sendable {
        case file
        case folder

        func prepare(_ dir: URL) throws {
            let open: Int16 = self == .file ? 0o777 : 0o755
            try FileManager.default.setAttributes([.posixPermissions: open], ofItemAtPath: dir.path)
            let database = dir.appendingPathComponent("runs.sqlite").path
            try FileManager.default.setAttributes([.posixPermissions: self == .file ? 0o444 : 0o666], ofItemAtPath: database)
        }
    }

    @Test(arguments: Blocked.allCases)
    func aStoreThatCannotBeWrittenIsRefusedBeforeTheRun(_ blocked: Blocked) throws {
        try withTemporaryDirectory { dir in
            let database = dir.appendingPathComponent("runs.sqlite").path
            let first = try Simctl.run(["run", "scenarios/smoke.json", "--quiet", "--duration", "10s", "--db", database])
            #expect(first.status == 0, "\(first.summary)")
            try blocked.prepare(dir)
            let before = try Data(contentsOf: URL(fileURLWithPath: database))
            let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--db", database], launcher: asNobody)
            #expect(outcome.status == 64, "\(outcome.summary)")
            #expect(outcome.stderr.contains("simctl: --db \(database): "), "stderr:\n\(outcome.stderr)")
            #expect(blocked == .folder || outcome.stderr.contains("is read-only"), "stderr:\n\(outcome.stderr)")
            #expect(!outcome.stderr.contains("simctl: smoke"), "the run started:\n\(outcome.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
        }
    }

    @Test func aJSONFileInAFolderThatCannotBeWrittenIsRefusedBeforeTheRun() throws {
        try withTemporaryDirectory { dir in
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: dir.path)
            let closed = dir.appendingPathComponent("closed")
            try FileManager.default.createDirectory(at: closed, withIntermediateDirectories: false)
            let json = closed.appendingPathComponent("out.json").path
            let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--db", dir.appendingPathComponent("o.sqlite").path,
                                          "--json", json], launcher: asNobody)
            #expect(outcome.status == 64, "\(outcome.summary)")
            #expect(outcome.stderr.contains("simctl: --json \(json): its folder"), "stderr:\n\(outcome.stderr)")
            #expect(!outcome.stderr.contains("simctl: smoke"), "the run started:\n\(outcome.stderr)")
        }
    }
}
