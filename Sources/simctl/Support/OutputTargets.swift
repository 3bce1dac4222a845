import Foundation

/// The files `simctl run` will write, checked before the run starts: a simulation that can
/// take minutes must not end by failing to write its results, or by writing them over its
/// own inputs.
///
/// The store (`--db`) is checked by opening it (`ResultStore` refuses a read-only or foreign
/// file); this checks what opening cannot: an empty `--db`, and a `--json` file that is the
/// scenario or the store (or its WAL files), or that cannot be written. An existing `--json`
/// file is opened for writing without truncation, so a refused run leaves it as it was.
struct OutputTargets {
    var scenario: String
    var db: String
    var json: String?

    /// - Throws: `UnwritableOutput` (exit 64) naming the option and the file.
    func check() throws {
        guard !db.isEmpty else { throw UnwritableOutput(option: "--db", path: db, reason: "needs a file name") }
        guard let json, json != "-" else { return }
        let target = FileIdentity(json)
        let inputs = [("the scenario", scenario)] + ["", "-wal", "-shm", "-journal"].map { ("--db", db + $0) }
        for (option, path) in inputs where FileIdentity(path) == target {
            throw UnwritableOutput(option: "--json", path: json, reason: "is the same file as \(option) \(path); writing it would destroy it")
        }
        try Self.checkWritable(json)
    }

    /// An existing file must open for writing; a new one needs a writable folder.
    static func checkWritable(_ path: String) throws {
        if FileManager.default.fileExists(atPath: path) {
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw unwritable(path, String(cString: strerror(errno))) }
            close(descriptor)
        } else {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            guard access(folder, W_OK | X_OK) == 0 else {
                throw unwritable(path, "its folder \(folder) cannot be written: \(String(cString: strerror(errno)))")
            }
        }
    }

    private static func unwritable(_ path: String, _ reason: String) -> UnwritableOutput {
        UnwritableOutput(option: "--json", path: path, reason: reason)
    }
}
