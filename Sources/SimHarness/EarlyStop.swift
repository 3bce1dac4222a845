/// Why a run ended before the end of its drain, when it did.
public enum EarlyStop: Sendable, Equatable {
    /// A kernel limit stopped it: what it measured cannot be judged, so the verdict is
    /// `invariant` (`cli-and-results-v1.md`).
    case kernelLimit(String)
    /// It had already missed an objective for good (`DecidedFailure`) and was asked to stop
    /// then (`simctl plan`): it is judged on what it did up to that time.
    case decided(String)

    /// The sentence the summary and the store show.
    public var description: String {
        switch self {
        case .kernelLimit(let reason): reason
        case .decided(let reason): "the verdict was decided: " + reason
        }
    }
}
