/// The run's overall verdict, in order of precedence, with its exit code
/// (`cli-and-results-v1.md`).
public enum Verdict: String, Sendable {
    case pass
    /// An invariant checker fired: a correctness failure of the modelled system or of simctl.
    case invariant
    /// An objective was missed; the run itself is sound.
    case slo
    /// Records accepted by the stream were never delivered to a consumer.
    case dataLoss = "data-loss"

    public var exitCode: Int32 {
        switch self {
        case .pass: return 0
        case .invariant: return 1
        case .slo: return 2
        case .dataLoss: return 3
        }
    }

    /// Invariants first, then data loss, then objectives.
    public static func of(_ result: RunResult, objectives: [ObjectiveResult]) -> Verdict {
        if case .kernelLimit = result.stoppedEarly { return .invariant }
        if !result.invariantsHold { return .invariant }
        if result.lost > 0 { return .dataLoss }
        if objectives.contains(where: { !$0.met }) { return .slo }
        return .pass
    }
}
