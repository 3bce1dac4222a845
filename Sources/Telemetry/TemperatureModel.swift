import SimKernel

/// Temperature sensors: the temperature drifts slowly around the middle of the normal range,
/// reflected at its bounds; an anomaly reports a value in the anomaly range.
struct TemperatureModel: DeviceModel {
    struct State: Equatable, Sendable {
        var celsius: Double
    }

    let normalRange: ClosedRange<Double>
    let anomalyRange: ClosedRange<Double>
    /// Relaxes over 15 minutes: a room or a fridge, not a flickering signal.
    let walk: MeanRevertingWalk

    init(_ params: TemperatureParams) {
        modelPrecondition(params.normalMin.isFinite && params.normalMin <= params.normalMax && params.normalMax.isFinite,
                     "temperature needs finite normalMin ≤ normalMax: \(params.normalMin), \(params.normalMax)")
        modelPrecondition(params.anomalyMin.isFinite && params.anomalyMin <= params.anomalyMax && params.anomalyMax.isFinite,
                     "temperature needs finite anomalyMin ≤ anomalyMax: \(params.anomalyMin), \(params.anomalyMax)")
        normalRange = params.normalMin...params.normalMax
        anomalyRange = params.anomalyMin...params.anomalyMax
        let span = params.normalMax - params.normalMin
        walk = MeanRevertingWalk(mean: params.normalMin + span / 2, stationaryDeviation: span / 6,
                                 relaxationSeconds: 900)
    }

    func initialState(random: inout SimRandom) -> State {
        State(celsius: normalRange.reflecting(walk.stationarySample(&random)))
    }

    func advance(_ state: inout State, to time: EmissionTime, random: inout SimRandom) {
        let next = walk.step(from: state.celsius, elapsedSeconds: time.elapsedSeconds, random: &random)
        state.celsius = normalRange.reflecting(next)
    }

    func observation(of state: State) -> Observation {
        .temperature(celsius: state.celsius)
    }

    func anomaly(near state: State, random: inout SimRandom) -> Observation {
        .temperature(celsius: random.uniform(anomalyRange.lowerBound, anomalyRange.upperBound))
    }
}
