import SimKernel

/// CPU monitors: utilization fluctuates around the group's mean within 0–100 %, on a host with
/// 2, 4, 8 or 16 cores; an anomaly is a saturation episode, as a runaway process causes: 5–15
/// consecutive readings (10 on average) pinned at 97–100 %.
struct CPUModel: DeviceModel {
    struct State: Equatable, Sendable {
        var utilizationPercent: Double
        var cores: Int32
        /// Readings still to report as saturated in the episode under way (0: none).
        var saturatedReadingsLeft: Int32 = 0
    }

    /// Readings one saturation episode lasts: uniform, so 10 on average.
    static let episodeReadings: ClosedRange<Int32> = 5...15
    static let meanEpisodeReadings = Double(episodeReadings.lowerBound + episodeReadings.upperBound) / 2

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
              cores: 2 << Int32(random.bounded(4)))
    }

    func advance(_ state: inout State, to time: EmissionTime, random: inout SimRandom) {
        let next = walk.step(from: state.utilizationPercent, elapsedSeconds: time.elapsedSeconds, random: &random)
        state.utilizationPercent = Self.utilizationRange.reflecting(next)
    }

    func observation(of state: State) -> Observation {
        .cpu(utilizationPercent: state.utilizationPercent, cores: Int(state.cores))
    }

    func anomaly(near state: State, random: inout SimRandom) -> Observation {
        let pinned = random.uniform(Self.pinnedRange.lowerBound, Self.pinnedRange.upperBound)
        return .cpu(utilizationPercent: pinned, cores: Int(state.cores))
    }

    /// Whether this reading is saturated: it is while an episode lasts; otherwise an episode
    /// starts with probability `p = rate / (L − rate·(L − 1))`, L the mean episode length. Normal
    /// stretches then last `(1 − p)/p` readings on average, so the fraction of saturated readings
    /// `pL / (1 + p(L − 1))` is exactly `rate`, the group's `anomalyRate`.
    ///
    /// One uniform draw per reading, as for the other kinds, whatever happens: an episode never
    /// shifts the device's later draws, so its true load moves on as if nothing had happened. A
    /// draw `u < p` that starts an episode also sets its length, from `u / p`, uniform in [0, 1).
    func drawAnomaly(_ state: inout State, rate: Double, random: inout SimRandom) -> Bool {
        let draw = random.unitDouble()
        if state.saturatedReadingsLeft > 0 {
            state.saturatedReadingsLeft -= 1
            return true
        }
        let length = Self.meanEpisodeReadings
        let start = rate / (length - rate * (length - 1))
        guard draw < start else { return false }
        let span = Double(Self.episodeReadings.upperBound - Self.episodeReadings.lowerBound + 1)
        state.saturatedReadingsLeft = Self.episodeReadings.lowerBound + Int32(draw / start * span) - 1
        return true
    }
}
