import SimKernel
import Telemetry

/// An analytics operator defined outside the scenario contract, plugged in with
/// `OperatorConfig.plugin` (the checkers' canaries: deliberately broken operators).
///
/// It is fed like the built-in ones, through an existential call per record; a window operator
/// exposes its windows so the harness reads and checks its results as it does a built-in one's.
public protocol StreamOperator: Sendable {
    /// A record the consumer processed: `shard` is the shard index it was read from, `arrivedAt`
    /// when it reached the operators.
    mutating func add(_ reading: Reading, shard: Int, arrivedAt: SimTime)
    /// End of input at `now`.
    mutating func finish(at now: SimTime)
    /// Its windows, when it computes windows; nil otherwise.
    var windows: SlidingWindows? { get }
}
