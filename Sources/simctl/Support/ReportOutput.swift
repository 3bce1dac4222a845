import Foundation

/// Where a rendered report goes: stdout, or a file written whole (an output that cannot be
/// written is a usage error naming it).
enum ReportOutput {
    static func write(_ text: String, to path: String?, option: String = "--out") throws {
        guard let path else {
            print(text, terminator: "")
            return
        }
        try UnwritableOutput.attempt(option, path) { try text.write(toFile: path, atomically: true, encoding: .utf8) }
    }
}
