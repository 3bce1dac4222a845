import Foundation

/// The files `simctl run` will write, checked before the run starts: a simulation that can
/// take minutes must not end by failing to write its results, or by writing them over its
/// own inputs.
///
/// The store (`--db`) is checked by opening it (`ResultStore` refuses a read-only or foreign
/// file); this checks what opening cannot: an empty `--db`, and an output (`--json`,
/// `--report`, `--report-md`) that is the
/// scenario or the store (or its WAL files), or that cannot be written. An existing output
/// file is opened for writing without truncation, so a refused run leaves it as it was. Two
/// outputs naming one file are refused too.
struct OutputTargets {
    var scenario: String
    var db: String
    /// The output files by option (`--json`, `--report`, `--report-md`); nil or `-` (stdout) for none.
    var outputs: [(option: String, path: String?)]

    /// - Throws: `UnwritableOutput` (exit 64) naming the option and the file.
    func check() throws {
        guard !db.isEmpty else { throw UnwritableOutput(option: "--db", path: db, reason: "needs a file name") }
        var taken = [("the scenario", scenario)] + ["", "-wal", "-shm", "-journal"].map { ("--db", db + $0) }
        for case let (option, path?) in outputs where path != "-" {
            let target = FileIdentity(path)
            for (other, otherPath) in taken where FileIdentity(otherPath) == target {
                throw UnwritableOutput(option: option, path: path,
                                       reason: "is the same file as \(other) \(otherPath); writing it would destroy it")
            }
            try Self.checkWritable(path, option: option)
            taken.append((option, path))
        }
    }

    /// An existing file must open for writing; a new one needs a writable folder.
    static func checkWritable(_ path: String, option: String) throws {
        if FileManager.default.fileExists(atPath: path) {
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw UnwritableOutput(option: option, path: path, reason: String(cString: strerror(errno))) }
            close(descriptor)
        } else {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            guard access(folder, W_OK | X_OK) == 0 else {
                throw UnwritableOutput(option: option, path: path,
                                       reason: "its folder \(folder) cannot be written: \(String(cString: strerror(errno)))")
            }
        }
    }
}
