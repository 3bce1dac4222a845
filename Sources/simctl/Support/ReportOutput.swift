import Foundation

/// Where a rendered report goes: stdout, or a file written whole. An output that cannot be
/// written, stdout included (`> /dev/full`), is a usage error naming it.
enum ReportOutput {
    static func write(_ text: String, to path: String?, option: String = "--out") throws {
        guard let path else {
            try StandardOutput.write(text, what: "the output")
            return
        }
        try UnwritableOutput.attempt(option, path) { try text.write(toFile: path, atomically: true, encoding: .utf8) }
    }
}
