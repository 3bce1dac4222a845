import ArgumentParser
import Foundation
import Scenario

/// Loading a scenario for a command: problems go to stderr, each with its JSON path, and the
/// command stops with exit 65 before anything runs or is written.
enum ScenarioInput {
    static func load(_ path: String) throws -> LoadedScenario {
        switch ScenarioLoader.load(path: path) {
        case .success(let loaded):
            return loaded
        case .failure(let errors):
            report(errors, file: path)
            throw ExitCode.badInput
        }
    }

    static func report(_ errors: ScenarioErrors, file: String) {
        let count = errors.problems.count
        var text = "\(file): \(count) problem\(count == 1 ? "" : "s")\n"
        for problem in errors.problems { text += "  \(problem)\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
