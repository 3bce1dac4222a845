/// How fast simctl simulated one scenario on one machine: records accepted per wall second over
/// several runs (`baseline update --perf`, `gate --perf`). Unlike every simulated metric this is a
/// measurement, noisy from run to run, so it is summarised the way hyperfine and package-benchmark
/// do: the median of the runs (one slow run cannot move it), the spread seen, and where it was
/// measured, so a reader can tell a regression from a different machine.
public struct WallSpeed: Equatable, Sendable {
    /// The machine-summary key each run's figure is read from: records accepted ÷ wall seconds.
    public static let metric = "wall.records_per_second"
    /// Runs per scenario when `--perf-runs` is not given: an odd count, so the median is one run's
    /// figure, and enough that one disturbed run does not decide it.
    public static let defaultRuns = 5

    /// How many runs were measured.
    public var runs: Int
    public var medianRecordsPerSecond: Double
    public var minRecordsPerSecond: Double
    public var maxRecordsPerSecond: Double
    /// Where it was measured (cores, architecture, build), for people: never compared.
    public var machine: String

    public init(runs: Int, medianRecordsPerSecond: Double, minRecordsPerSecond: Double, maxRecordsPerSecond: Double,
                machine: String) {
        self.runs = runs
        self.medianRecordsPerSecond = medianRecordsPerSecond
        self.minRecordsPerSecond = minRecordsPerSecond
        self.maxRecordsPerSecond = maxRecordsPerSecond
        self.machine = machine
    }

    /// The summary of one figure per run, each rounded to a whole record a second: finer digits are
    /// noise, and would only churn the committed baseline.
    /// - Precondition: at least one run.
    public init(recordsPerSecond samples: [Double], machine: String) {
        precondition(!samples.isEmpty, "a wall speed needs at least one run")
        self.init(runs: samples.count, medianRecordsPerSecond: Self.median(samples).rounded(),
                  minRecordsPerSecond: samples.min()!.rounded(), maxRecordsPerSecond: samples.max()!.rounded(),
                  machine: machine)
    }

    /// The middle value; for an even count, the mean of the two middle values.
    /// - Precondition: `values` is not empty.
    public static func median(_ values: [Double]) -> Double {
        precondition(!values.isEmpty, "the median of no values")
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The gate's name for the figure: `wall.records_per_second (median of 5)`.
    public static func label(runs: Int) -> String { "\(metric) (median of \(runs))" }

    /// `1,204,113 records/s (median of 5; 1,180,020–1,251,977) on 2 cores, x86_64, release build`.
    public var described: String {
        "\(ComparisonText.value(medianRecordsPerSecond)) records/s (median of \(runs); "
            + "\(ComparisonText.value(minRecordsPerSecond))–\(ComparisonText.value(maxRecordsPerSecond))) on \(machine)"
    }
}
