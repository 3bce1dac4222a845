import Foundation

/// Reads the bytes of a scenario named on the command line: a regular file, a FIFO, a pipe
/// (`<(jq …)`, `/dev/stdin`) or a device such as `/dev/null`, read to its end with plain
/// `read(2)`, so that each failure is named by what the system says (not by Foundation's
/// generic "You don't have permission" or "error 256").
enum ScenarioFile {
    /// Larger inputs are refused rather than read forever (`/dev/zero`) or into all of memory.
    static let maxBytes = 128 * 1_048_576

    /// The file's bytes, or why it cannot be read, phrased to follow `cannot read <path>: `.
    static func read(path: String) -> Result<[UInt8], UnreadableFile> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(UnreadableFile(reason: reason(errno))) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            return .failure(UnreadableFile(reason: "it is a directory (allowed: a scenario file, a FIFO or a pipe holding JSON)"))
        }
        return readToEnd(descriptor)
    }

    private static func readToEnd(_ descriptor: Int32) -> Result<[UInt8], UnreadableFile> {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return .failure(UnreadableFile(reason: reason(errno))) }
            guard count > 0 else { return .success(bytes) }
            bytes += chunk[0..<count]
            guard bytes.count <= maxBytes else {
                return .failure(UnreadableFile(reason: "it holds more than \(maxBytes / 1_048_576) MiB (allowed: scenario files up to that size)"))
            }
        }
    }

    /// The system's own wording, lower-cased: `no such file or directory`, `permission denied`.
    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}

/// Why a scenario file cannot be read, phrased to follow `cannot read <path>: `.
struct UnreadableFile: Error {
    var reason: String
}
