/// One configuration `simctl plan --vary` plans: the scenario with one value of each variation.
public struct ScenarioVariant: Sendable {
    /// `consumers[0].pollInterval=200ms, fleet.batching.maxRecords=100`.
    public var label: String
    public var loaded: LoadedScenario

    /// `label` is empty for the scenario as written.
    public init(label: String, loaded: LoadedScenario) {
        self.label = label
        self.loaded = loaded
    }
}

extension ScenarioLoader {
    /// The most configurations one plan tries: each is a whole plan of many runs.
    public static let maxVariants = 64

    /// The scenario with every combination of the variations' values (the first variation
    /// outermost, values in the order given), each checked as a file is: every problem of every
    /// combination comes back, each with its path and the combination it arose in.
    public static func variants(of loaded: LoadedScenario, _ variations: [ScenarioVariation]) -> Result<[ScenarioVariant], ScenarioErrors> {
        let count = variations.reduce(1) { $0 * $1.values.count }
        guard count <= maxVariants else {
            return .failure(ScenarioErrors(problems: [ScenarioProblem(
                path: "--vary", message: "\(count) combinations (allowed: at most \(maxVariants); each is a whole plan)")]))
        }
        guard case .success(let root) = JSONParser.parse(Array(loaded.text.utf8)) else {
            preconditionFailure("a loaded scenario's text parses")
        }
        var variants: [ScenarioVariant] = []
        var problems: [ScenarioProblem] = []
        for combination in combinations(variations) {
            let label = combination.map { "\($0.variation.field)=\($0.variation.valueTexts[$0.value])" }.joined(separator: ", ")
            switch variant(root, combination.map { ($0.variation.steps, $0.variation.values[$0.value]) }, label: label, origin: loaded.origin) {
            case .success(let variant): variants.append(variant)
            case .failure(let errors): problems += errors.problems
            }
        }
        return problems.isEmpty ? .success(variants) : .failure(ScenarioErrors(problems: problems))
    }

    /// Every choice of one value per variation, as (variation, value index) pairs.
    static func combinations(_ variations: [ScenarioVariation]) -> [[(variation: ScenarioVariation, value: Int)]] {
        variations.reduce([[]]) { partial, variation in
            partial.flatMap { prefix in variation.values.indices.map { prefix + [(variation, $0)] } }
        }
    }

    static func variant(_ root: JSONValue, _ settings: [([JSONPathStep], JSONValue)], label: String,
                        origin: String) -> Result<ScenarioVariant, ScenarioErrors> {
        var document = root
        for (steps, value) in settings {
            switch document.setting(steps[...], to: value) {
            case .success(let updated): document = updated
            case .failure(let unfollowed):
                return .failure(ScenarioErrors(problems: [ScenarioProblem(path: "--vary", message: "with \(label): \(unfollowed.reason)")]))
            }
        }
        return parse(text: document.compactText, origin: "\(origin) with \(label)")
            .map { ScenarioVariant(label: label, loaded: $0) }
            .mapError { errors in
                ScenarioErrors(problems: errors.problems.map { ScenarioProblem(path: $0.path, message: "with \(label): \($0.message)") })
            }
    }
}
