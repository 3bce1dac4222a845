import SimKernel

/// CPU monitors: utilization fluctuates around the group's mean within 0–100 %, on a host with
/// 2, 4, 8 or 16 cores; an anomaly pins it at 97–100 %.
struct CPUModel: DeviceModel {
    struct State: Equatable, Sendable {
        var utilizationPercent: Double
        var cores: Int
    }

    static let utilizationRange = 0.0...100.0
    static let pinnedRange = 97.0...100.0
    /// Load changes within tens of seconds, by about ten points.
    let walk: MeanRevertingWalk

    init(_ params: CPUParams) {
        modelPrecondition(Self.utilizationRange.contains(params.meanUtilization),
                     "cpu meanUtilization must be in 0...100: \(params.meanUtilization)")
        walk = MeanRevertingWalk(mean: params.meanUtilization, stationaryDeviation: 10, relaxationSeconds: 30)
    }

    func initialState(random: inout SimRandom) -> State {
        State(utilizationPercent: Self.utilizationRange.reflecting(walk.stationarySample(&random)),
              cores: 2 << Int(random.bounded(4)))
    }

    func advance(_ state: inout State, to time: EmissionTime, random: inout SimRandom) {
        let next = walk.step(from: state.utilizationPercent, elapsedSeconds: time.elapsedSeconds, random: &random)
        state.utilizationPercent = Self.utilizationRange.reflecting(next)
    }

    func observation(of state: State) -> Observation {
        .cpu(utilizationPercent: state.utilizationPercent, cores: state.cores)
    }

    func anomaly(near state: State, random: inout SimRandom) -> Observation {
        let pinned = random.uniform(Self.pinnedRange.lowerBound, Self.pinnedRange.upperBound)
        return .cpu(utilizationPercent: pinned, cores: state.cores)
    }
}
