import SimKernel

/// A random walk pulled back towards a mean (an Ornstein–Uhlenbeck process), sampled exactly.
///
/// Physical quantities drift rather than jump: the next value remembers the last one, and the
/// memory fades with the elapsed time, so readings at irregular (jittered) intervals keep the same
/// statistics. The spread of values around the mean stays `stationaryDeviation` forever.
struct MeanRevertingWalk: Sendable {
    var mean: Double
    var stationaryDeviation: Double
    /// Time for the pull towards the mean to shrink a deviation by a factor `e`.
    var relaxationSeconds: Double

    /// A value drawn from the walk's long-run distribution, for a device's first reading.
    func stationarySample(_ random: inout SimRandom) -> Double {
        random.normal(mean: mean, deviation: stationaryDeviation)
    }

    /// The value `elapsedSeconds` after `value`; unchanged (and no randomness drawn) for zero time.
    func step(from value: Double, elapsedSeconds: Double, random: inout SimRandom) -> Double {
        guard elapsedSeconds > 0 else { return value }
        let memory = SimMath.exp(-elapsedSeconds / relaxationSeconds)
        let spread = stationaryDeviation * (1 - memory * memory).squareRoot()
        return mean + (value - mean) * memory + spread * random.standardNormal()
    }
}
