import ArgumentParser
import Foundation
import Reporting

/// Reading a baseline file for `gate` and `baseline update`: a malformed one is bad input (65),
/// reported with every problem before anything runs.
enum GateInputs {
    static func baseline(at path: String) throws -> Baseline {
        guard let baseline = try existingBaseline(at: path) else {
            throw UsageFailure("--baseline \(path) does not exist (record one with `simctl baseline update SCENARIO... --out \(path)`)")
        }
        return baseline
    }

    /// Nil when there is no file yet.
    static func existingBaseline(at path: String) throws -> Baseline? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw UsageFailure("\(path): cannot be read as UTF-8 text")
        }
        switch BaselineFile.parse(text) {
        case .success(let baseline): return baseline
        case .failure(let problems):
            let count = problems.messages.count
            let lines = problems.messages.map { "  " + $0 }.joined(separator: "\n")
            FileHandle.standardError.write(Data("\(path): \(count) problem\(count == 1 ? "" : "s")\n\(lines)\n".utf8))
            throw ExitCode.badInput
        }
    }
}
