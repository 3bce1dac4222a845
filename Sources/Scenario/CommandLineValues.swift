import SimKernel

/// Scenario value formats, for command-line options that override scenario fields.
public enum CommandLineValues {
    /// `--duration`'s text as a duration in the scenario format (`"90s"`, `"1h30m"`); its range
    /// against the scenario is checked by `ScenarioSpec.withOverrides`.
    public static func duration(_ text: String) throws(ScenarioErrors) -> SimDuration {
        let range = ScenarioSpec.durationRange
        switch DurationFormat.read(text) {
        case .duration(let duration): return duration
        case .tooLarge: throw durationProblem("\(JSONValue.quoted(text)) is out of range (allowed: \(range.lowerBound) to \(range.upperBound))")
        case .malformed: throw durationProblem("\(JSONValue.quoted(text)) is not a duration (\(DurationFormat.examples))")
        }
    }

    private static func durationProblem(_ message: String) -> ScenarioErrors {
        ScenarioErrors(problems: [ScenarioProblem(path: "duration", message: "--duration \(message)")])
    }

    /// What `--seed` takes, for its message.
    public static let seedAllowed = "a seed is a whole number from 0 to \(UInt64.max)"

    /// `--seed`'s text as a seed: the whole `UInt64` range, digits only (no sign, no `0x`).
    public static func seed(_ text: String) -> UInt64? {
        text.allSatisfy { $0.isASCII && $0.isNumber } ? UInt64(text) : nil
    }
}
