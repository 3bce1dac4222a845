import Foundation

/// Writes to stdout and fails when the bytes do not all get there (stdout closed, `/dev/full`,
/// a full disk): `print` buffers and drops such errors silently, so `--json -` used to exit 0
/// with the JSON lost.
enum StandardOutput {
    /// - Parameter what: names the output in the error, e.g. `--json -`.
    /// - Throws: `UnwritableOutput` (exit 64).
    static func write(_ text: String, what: String) throws {
        fflush(nil)  // whatever `print` buffered comes first
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                throw UnwritableOutput(option: what, path: "(stdout)", reason: String(cString: strerror(errno)))
            }
            written += count
        }
    }
}
