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
        /// `/proc/stat`'s first line, summed over the cores: all jiffies and the busy ones
        /// (user, nice, system, …: all but idle and iowait) since the device started.
        var totalJiffies: Int64 = 0
        var busyJiffies: Int64 = 0
        /// The utilization a `/proc/stat` reader computes at this reading.
        var sampledPercent: Double = 0
    }

    /// Jiffies per second per core (`USER_HZ`).
    static let jiffiesPerSecond = 100.0

    /// Readings one saturation episode lasts: uniform, so 10 on average.
    static let episodeReadings: ClosedRange<Int32> = 5...15
    static let meanEpisodeReadings = Double(episodeReadings.lowerBound + episodeReadings.upperBound) / 2

    static let utilizationRange = 0.0...100.0
    static let pinnedRange = 97.0...100.0
    /// Load changes within tens of seconds, by about ten points.
    let walk: MeanRevertingWalk
    let layout: CPULayout

    init(_ params: CPUParams) {
        layout = params.layout
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
        if layout == .procStat { countJiffies(&state, elapsedSeconds: time.elapsedSeconds) }
    }

    /// The counters grow by the elapsed time on every core, busy at the current utilization
    /// (whole jiffies, as the kernel counts); the reader's value is `100 · Δbusy / Δtotal`,
    /// which is `100 · (Δtotal − Δidle) / Δtotal`, and 0 when no time has passed (the first).
    func countJiffies(_ state: inout State, elapsedSeconds: Double) {
        let total = Int64((elapsedSeconds * Self.jiffiesPerSecond * Double(state.cores)).rounded())
        let busy = Int64((Double(total) * state.utilizationPercent / 100).rounded())
        state.totalJiffies += total
        state.busyJiffies += busy
        state.sampledPercent = total == 0 ? 0 : 100 * Double(busy) / Double(total)
    }

    func observation(of state: State) -> Observation {
        observation(percent: layout == .procStat ? state.sampledPercent : state.utilizationPercent, of: state)
    }

    func anomaly(near state: State, random: inout SimRandom) -> Observation {
        observation(percent: random.uniform(Self.pinnedRange.lowerBound, Self.pinnedRange.upperBound), of: state)
    }

    /// A reading of `percent` in the group's layout.
    func observation(percent: Double, of state: State) -> Observation {
        switch layout {
        case .simctl: .cpu(utilizationPercent: percent, cores: Int(state.cores))
        case .procStat: .cpuSample(percent: percent)
        }
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
