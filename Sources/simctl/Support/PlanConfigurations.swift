import ArgumentParser
import Scenario

/// The configurations a plan sizes: the scenario as written, or with `--vary`, every
/// combination of the values given. Every problem — a malformed `--vary`, a path the scenario
/// cannot take, a value the scenario format refuses — is reported before anything runs (65).
enum PlanConfigurations {
    static func load(_ path: String, variations arguments: [String]) throws -> [ScenarioVariant] {
        let loaded = try ScenarioInput.load(path)
        guard !arguments.isEmpty else { return [ScenarioVariant(label: "", loaded: loaded)] }
        var variations: [ScenarioVariation] = []
        var problems: [ScenarioProblem] = []
        for argument in arguments {
            switch ScenarioVariation.parse(argument) {
            case .success(let variation): variations.append(variation)
            case .failure(let errors): problems += errors.problems
            }
        }
        let variants = problems.isEmpty ? ScenarioLoader.variants(of: loaded, variations) : .failure(ScenarioErrors(problems: problems))
        switch variants {
        case .success(let variants): return variants
        case .failure(let errors):
            ScenarioInput.report(errors, file: path)
            throw ExitCode.badInput
        }
    }
}
