import SimKernel

/// How one kind of device behaves: its hidden physical state and what it reports.
///
/// The true state always moves on, and an anomaly only changes what is *reported*, so an injected
/// anomaly never corrupts the device: the next normal reading continues the walk where it was.
protocol DeviceModel: Sendable {
    associatedtype State: Equatable, Sendable

    /// A device's state before its first reading, drawn from the model's long-run behaviour.
    func initialState(random: inout SimRandom) -> State
    /// Moves the true state on to `time`.
    func advance(_ state: inout State, to time: EmissionTime, random: inout SimRandom)
    /// What a healthy device reports in `state`.
    func observation(of state: State) -> Observation
    /// What a faulty device reports instead: an injected anomaly.
    func anomaly(near state: State, random: inout SimRandom) -> Observation
}

/// When a reading is made, as the device models need it.
struct EmissionTime {
    /// Seconds since the device's previous reading; 0 for its first.
    var elapsedSeconds: Double
    /// The reading's wall-clock timestamp (`ts`), for daily cycles.
    var epochMillis: Int64
}

extension DeviceModel {
    /// Advances the state and reports it, or an anomaly in its place.
    func measure(_ state: inout State, at time: EmissionTime, isAnomaly: Bool,
                 random: inout SimRandom) -> Observation {
        advance(&state, to: time, random: &random)
        return isAnomaly ? anomaly(near: state, random: &random) : observation(of: state)
    }
}
