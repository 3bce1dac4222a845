import Scenario

/// The baseline file's text: written with sorted keys and plain numbers so a re-recorded
/// baseline diffs cleanly in review, and read back with every problem named by its JSON path,
/// the value and what is allowed (a malformed baseline must never pass a gate silently).
public enum BaselineFile {
    public static func render(_ baseline: Baseline) -> String {
        let scenarios = baseline.scenarios.map { scenario -> JSONTree in
            var members: [String: JSONTree] = [
                "scenario": .string(scenario.path), "name": .string(scenario.name), "sha256": .string(scenario.sha256),
                // A string, so every 64-bit seed survives JSON readers that use doubles.
                "seed": .string(String(scenario.seed)), "digest": .string(scenario.digest),
                "simctl_version": .string(scenario.simctlVersion),
                "metrics": .object(scenario.metrics.mapValues { .number($0) }),
            ]
            if !scenario.tolerances.isEmpty {
                members["tolerances"] = .object(scenario.tolerances.mapValues {
                    .object(["relative": .number($0.relative), "absolute": .number($0.absolute)])
                })
            }
            if let perf = scenario.perf { members["perf"] = tree(perf) }
            return .object(members)
        }
        return JSONTree.object(["schema": .string(Baseline.schema), "scenarios": .array(scenarios)]).rendered()
    }

    /// The baseline in `text`, or every problem found in it.
    public static func parse(_ text: String) -> Result<Baseline, BaselineProblems> {
        var reader = BaselineReader()
        let baseline = reader.read(text)
        guard let baseline, reader.problems.isEmpty else { return .failure(BaselineProblems(messages: reader.problems)) }
        return .success(baseline)
    }
}

/// Everything wrong with a baseline file, one line each: `path: value: what is allowed`.
public struct BaselineProblems: Error, Sendable {
    public var messages: [String]
}

/// Walks a parsed baseline, noting a problem wherever a value is missing or of the wrong kind.
/// Numbers are read from their literal text, so every value reads back exactly as written.
struct BaselineReader {
    var problems: [String] = []

    static let scenarioFields = ["scenario", "name", "sha256", "seed", "digest", "simctl_version", "metrics", "tolerances", "perf"]

    mutating func read(_ text: String) -> Baseline? {
        let root: [String: JSONValue]
        switch JSONText.parse(text) {
        case .failure(let error):
            problems.append("$: \(error.message)")
            return nil
        case .success(let value):
            guard let members = object(value, at: "$", what: "{\"schema\": \"\(Baseline.schema)\", \"scenarios\": [...]}") else { return nil }
            root = members
        }
        if string(root["schema"]) != Baseline.schema {
            problems.append("schema: \(describe(root["schema"])): must be \"\(Baseline.schema)\"")
        }
        unknownFields(root, allowed: ["schema", "scenarios"], at: "")
        guard case .array(let list)? = root["scenarios"]?.kind else {
            problems.append("scenarios: \(describe(root["scenarios"])): must be an array of scenarios")
            return nil
        }
        let scenarios = list.enumerated().compactMap { scenario($1, at: "scenarios[\($0)]") }
        return scenarios.count == list.count ? Baseline(scenarios: scenarios) : nil
    }

    mutating func scenario(_ value: JSONValue, at path: String) -> BaselineScenario? {
        guard let fields = object(value, at: path, what: "an object") else { return nil }
        unknownFields(fields, allowed: Self.scenarioFields, at: path + ".")
        let texts = Self.scenarioFields.prefix(6).map { key -> String? in
            guard let text = string(fields[key]), !text.isEmpty else {
                problems.append("\(path).\(key): \(describe(fields[key])): must be a non-empty string")
                return nil
            }
            return text
        }
        let seed = texts[3].flatMap { text -> UInt64? in
            guard let seed = UInt64(text) else {
                problems.append("\(path).seed: \"\(text)\": must be a whole number from 0 to \(UInt64.max), as a string")
                return nil
            }
            return seed
        }
        let metrics = self.metrics(fields["metrics"], at: "\(path).metrics")
        let perf = self.perf(fields["perf"], at: "\(path).perf")
        let judged = Set((metrics ?? [:]).keys).union(fields["perf"] == nil ? [] : [WallSpeed.metric])
        let tolerances = self.tolerances(fields["tolerances"], at: "\(path).tolerances", judged: judged)
        guard let metrics, let tolerances, let seed, let file = texts[0], let name = texts[1], let sha256 = texts[2],
              let digest = texts[4], let version = texts[5] else { return nil }
        return BaselineScenario(path: file, name: name, sha256: sha256, seed: seed, digest: digest, simctlVersion: version,
                                metrics: metrics, tolerances: tolerances, perf: perf)
    }

    mutating func metrics(_ value: JSONValue?, at path: String) -> [String: Double]? {
        guard let value, let fields = object(value, at: path, what: "an object of metric names and numbers") else {
            if value == nil { problems.append("\(path): missing: must be an object of metric names and numbers") }
            return nil
        }
        var metrics: [String: Double] = [:]
        for (name, number) in fields.sorted(by: { $0.key < $1.key }) {
            guard let number = self.number(number) else {
                problems.append("\(path).\(name): \(describe(number)): must be a number")
                continue
            }
            guard Tolerance.default(for: name) != nil else {
                problems.append("\(path).\(name): no such gated metric (a machine-summary key the gate judges, "
                                + "e.g. throughput.records_per_second)")
                continue
            }
            metrics[name] = number
        }
        return metrics.count == fields.count ? metrics : nil
    }

    /// The tolerance overrides, each for a name in `judged` (a gated metric, or the wall speed
    /// when the entry has one).
    mutating func tolerances(_ value: JSONValue?, at path: String, judged: Set<String>) -> [String: Tolerance]? {
        guard let value else { return [:] }
        guard let fields = object(value, at: path, what: "an object of metric names and tolerances") else { return nil }
        var tolerances: [String: Tolerance] = [:]
        for (name, entry) in fields.sorted(by: { $0.key < $1.key }) {
            guard judged.contains(name) else {
                problems.append("\(path).\(name): names no metric of this scenario's baseline "
                                + "(a tolerance for an unknown metric would never be checked)")
                continue
            }
            guard let parts = object(entry, at: "\(path).\(name)", what: "{\"relative\": 0.05, \"absolute\": 0}") else { continue }
            unknownFields(parts, allowed: ["relative", "absolute"], at: "\(path).\(name).")
            let bounds = ["relative", "absolute"].map { key -> Double? in
                guard let number = number(parts[key]), number >= 0 else {
                    problems.append("\(path).\(name).\(key): \(describe(parts[key])): must be a number ≥ 0 "
                                    + "({\"relative\": 0.05, \"absolute\": 0} allows a 5% move)")
                    return nil
                }
                return number
            }
            if let relative = bounds[0], let absolute = bounds[1] { tolerances[name] = Tolerance(relative: relative, absolute: absolute) }
        }
        return tolerances.count == fields.count ? tolerances : nil
    }

    mutating func object(_ value: JSONValue, at path: String, what: String) -> [String: JSONValue]? {
        guard case .object(let members) = value.kind else {
            problems.append("\(path): \(describe(value)): must be \(what)")
            return nil
        }
        return Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func unknownFields(_ fields: [String: JSONValue], allowed: [String], at prefix: String) {
        for key in fields.keys.sorted() where !allowed.contains(key) {
            problems.append("\(prefix)\(key): unknown field (allowed: \(allowed.joined(separator: ", ")))")
        }
    }

    func string(_ value: JSONValue?) -> String? {
        guard case .string(let text)? = value?.kind else { return nil }
        return text
    }

    func number(_ value: JSONValue?) -> Double? {
        guard case .number(let literal)? = value?.kind, let number = Double(literal), number.isFinite else { return nil }
        return number
    }

    /// The value as the file has it, cut to 60 characters.
    func describe(_ value: JSONValue?) -> String {
        guard let value else { return "missing" }
        let text: String = switch value.kind {
        case .string(let text): JSONTree.quoted(text)
        case .number(let literal): literal
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .array: "an array"
        case .object: "an object"
        }
        return text.count > 60 ? String(text.prefix(60)) + "…" : text
    }
}
