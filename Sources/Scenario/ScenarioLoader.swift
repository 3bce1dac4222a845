import Crypto

/// Reads scenario files: parse, decode, validate, and identify them by hash.
///
/// Bad input never throws and never crashes: every problem comes back at once in
/// `ScenarioErrors`, so `simctl validate` can print them all and exit 65.
public enum ScenarioLoader {
    /// Loads the scenario file at `path`; an unreadable file is a problem at `$`.
    public static func load(path: String) -> Result<LoadedScenario, ScenarioErrors> {
        switch ScenarioFile.read(path: path) {
        case .success(let bytes) where bytes.isEmpty:
            return rootProblem("\(path) is empty (allowed: a scenario, one JSON object)")
        case .success(let bytes):
            return parse(bytes: bytes, origin: path)
        case .failure(let unreadable):
            return rootProblem("cannot read \(path): \(unreadable.reason)")
        }
    }

    private static func rootProblem(_ message: String) -> Result<LoadedScenario, ScenarioErrors> {
        .failure(ScenarioErrors(problems: [ScenarioProblem(path: ScenarioProblem.rootPath, message: message)]))
    }

    /// Validates scenario `text`; `origin` says where it came from (a path, `<stdin>`).
    public static func parse(text: String, origin: String) -> Result<LoadedScenario, ScenarioErrors> {
        parse(bytes: Array(text.utf8), origin: origin)
    }

    /// Validates the raw bytes of a scenario file; invalid UTF-8 is a parse error with a position.
    static func parse(bytes: [UInt8], origin: String) -> Result<LoadedScenario, ScenarioErrors> {
        let root: JSONValue
        switch JSONParser.parse(bytes) {
        case .success(let value): root = value
        case .failure(let error): return rootProblem(error.message(in: bytes))
        }
        let log = ProblemLog()
        let spec = ScenarioSpec.decode(Field(value: root, path: "", log: log))
        guard let spec, log.isEmpty else { return .failure(ScenarioErrors(problems: log.problems)) }
        let text = String(decoding: bytes, as: UTF8.self)
        return .success(LoadedScenario(spec: spec, text: text, sha256: hexSHA256(bytes), origin: origin))
    }

    /// Lower-case hex SHA-256 digest.
    static func hexSHA256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}
