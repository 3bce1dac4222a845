import SimKernel

/// What fault entries are checked against: the run and the entities the scenario defines.
///
/// Each member is nil when the scenario's own value was invalid, so the fault check that needs
/// it is skipped rather than reported twice.
struct FaultContext {
    var duration: SimDuration?
    var gateways: Int?
    /// Workers per consumer name.
    var consumerWorkers: [String: Int]?
}
