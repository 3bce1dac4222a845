/// `--vary FIELD=V1,V2,…`: one field of a scenario file and the values to try in it, e.g.
/// `consumers[0].pollInterval=200ms,1s` or `fleet.batching.maxRecords=100,500`.
///
/// A value is read as JSON when it is JSON (`100`, `true`, `"text"`) and as a string otherwise
/// (`200ms`), so durations and sizes are written as in the file. Values are separated by
/// commas, so a value cannot contain one.
public struct ScenarioVariation: Equatable, Sendable {
    /// The field as written, `fleet.batching.maxRecords`.
    public var field: String
    public var steps: [JSONPathStep]
    public var values: [JSONValue]
    /// Each value as written, for labels.
    public var valueTexts: [String]

    /// Parses `FIELD=V1,V2,…`; the problem says what was wrong and what is allowed.
    public static func parse(_ argument: String) -> Result<ScenarioVariation, ScenarioErrors> {
        guard let equals = argument.firstIndex(of: "=") else {
            return .failure(problem(argument, "has no `=` (allowed: FIELD=V1,V2,…, e.g. consumers[0].pollInterval=200ms,1s)"))
        }
        let field = String(argument[..<equals])
        guard let steps = JSONPathStep.parse(field) else {
            return .failure(problem(argument, "names no field: \(field) (allowed: keys joined by `.`, array indexes as `[0]`)"))
        }
        let texts = argument[argument.index(after: equals)...].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard !texts.contains(where: \.isEmpty) else {
            return .failure(problem(argument, "has an empty value (allowed: one or more values separated by commas)"))
        }
        guard Set(texts).count == texts.count else { return .failure(problem(argument, "repeats a value")) }
        return .success(ScenarioVariation(field: field, steps: steps, values: texts.map(Self.value), valueTexts: texts))
    }

    /// JSON if the text is JSON, else the text as a string.
    static func value(_ text: String) -> JSONValue {
        if case .success(let json) = JSONParser.parse(Array(text.utf8)) { return json }
        return JSONValue(.string(text))
    }

    static func problem(_ argument: String, _ message: String) -> ScenarioErrors {
        ScenarioErrors(problems: [ScenarioProblem(path: "--vary", message: "\(JSONValue.quoted(argument)) \(message)")])
    }
}

/// One step of a field's path in a scenario: a member's key or an array index.
public enum JSONPathStep: Equatable, Sendable {
    case key(String)
    case index(Int)

    /// `consumers[0].pollInterval` → key, index, key; nil when it is not such a path.
    static func parse(_ text: String) -> [JSONPathStep]? {
        var steps: [JSONPathStep] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(part)
            guard let bracket = rest.firstIndex(of: "[") ?? Optional(rest.endIndex), bracket > rest.startIndex else { return nil }
            steps.append(.key(String(rest[..<bracket])))
            rest = rest[bracket...]
            while rest.hasPrefix("[") {
                guard let close = rest.firstIndex(of: "]"), let index = Int(rest[rest.index(after: rest.startIndex)..<close]),
                      index >= 0 else { return nil }
                steps.append(.index(index))
                rest = rest[rest.index(after: close)...]
            }
            guard rest.isEmpty else { return nil }
        }
        return steps.isEmpty ? nil : steps
    }
}
