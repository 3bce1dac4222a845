import ArgumentParser
import Foundation
import Reporting

/// Reading a baseline file for `gate` and `baseline update`: a malformed one is bad input (65),
/// reported with every problem before anything runs.
enum GateInputs {
    /// A baseline file, or a stored run (`run:ID`) standing as the baseline of each scenario
    /// named, at its seed and with the default tolerances.
    static func baseline(_ reference: String, scenarios: [String], db: String) throws -> Baseline {
        guard reference.hasPrefix("run:") else { return try baseline(at: reference) }
        guard let run = StoredRunReference(argument: String(reference.dropFirst(4))) else {
            throw UsageFailure("--baseline \(reference): a stored run is run:ID or run:latest")
        }
        guard !scenarios.isEmpty else {
            throw UsageFailure("--baseline \(reference): name the scenario files to hold to that run")
        }
        let view = try StoredRuns.view(of: run, in: db)
        return Baseline(scenarios: scenarios.map { BaselineScenario(path: $0, run: view) })
    }

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
