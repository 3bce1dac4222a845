/// The x axis of the charts over a run: simulated time since the run began, in the unit that
/// keeps the tick labels short (seconds up to 5 minutes, minutes up to 5 hours, then hours).
struct TimeAxis: Sendable {
    /// Seconds per axis unit (1, 60 or 3,600).
    let secondsPerUnit: Double
    let axis: ChartAxis

    init(runSeconds: Double) {
        let (unit, name) = runSeconds <= 300 ? (1.0, "s") : runSeconds <= 5 * 3_600 ? (60.0, "min") : (3_600.0, "h")
        secondsPerUnit = unit
        axis = .linear("simulated time (\(name))", upTo: max(runSeconds, 1) / unit, roundedUp: false)
    }

    /// A point at `seconds` of simulated time.
    func point(seconds: Double, _ value: Double) -> ChartPoint {
        ChartPoint(x: seconds / secondsPerUnit, y: value)
    }
}
