import ArgumentParser
import Scenario

/// `simctl validate`: check scenario files without running them.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario files; print every problem with its JSON path, or \"ok\".",
        discussion: "Exit 0 when every file is valid, 65 otherwise.")

    @Argument(help: "Scenario files to check.")
    var scenarios: [String]

    func run() throws {
        var failed = false
        for path in scenarios {
            switch ScenarioLoader.load(path: path) {
            case .success(let loaded):
                print("\(path): ok (estimated peak memory \(loaded.spec.memoryEstimate.text))")
            case .failure(let errors):
                ScenarioInput.report(errors, file: path)
                failed = true
            }
        }
        if failed { throw ExitCode.badInput }
    }
}
