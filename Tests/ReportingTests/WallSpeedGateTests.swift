@testable import Reporting
import ResultStore
import Testing

/// `gate --perf` on injected measurements: the median and spread of the runs, the speed held to
/// the baseline's within its tolerance, nothing wall-clock compared without a measurement, and the
/// baseline's `perf` object read, written and kept across `baseline update`.
@Suite struct WallSpeedGateTests {
    static let machine = "2 cores, x86_64, debug build"

    /// The smoke scenario's run, and a baseline entry made from it with a wall speed of `median`.
    static func entry(median: Double, tolerances: [String: Tolerance] = [:]) -> (BaselineScenario, RunView) {
        let view = RunView(HtmlFixtures.smoke)
        var entry = BaselineScenario(path: "scenarios/smoke.json", run: view, tolerances: tolerances)
        entry.perf = WallSpeed(runs: 5, medianRecordsPerSecond: median, minRecordsPerSecond: median - median / 10,
                               maxRecordsPerSecond: median + median / 10, machine: machine)
        return (entry, view)
    }

    static func measured(_ samples: [Double]) -> WallSpeed { WallSpeed(recordsPerSecond: samples, machine: machine) }

    @Test func theMedianOfAnOddCountIsTheMiddleRun() {
        #expect(WallSpeed.median([7]) == 7)
        #expect(WallSpeed.median([900, 100, 500]) == 500)
        #expect(WallSpeed.median([3, 1_000_000, 2, 1, 4]) == 3)
    }

    @Test func theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleRuns() {
        #expect(WallSpeed.median([4, 1, 3, 2]) == 2.5)
        #expect(WallSpeed.median([10, 20]) == 15)
    }

    /// One slow run moves neither the median nor anything but the minimum.
    @Test func aMeasurementKeepsTheSpreadInWholeRecordsPerSecond() {
        let speed = Self.measured([1_000.4, 120.2, 1_100.6])
        #expect(speed == WallSpeed(runs: 3, medianRecordsPerSecond: 1_000, minRecordsPerSecond: 120,
                                   maxRecordsPerSecond: 1_101, machine: Self.machine))
        #expect(speed.described == "1,000 records/s (median of 3; 120–1,101) on \(Self.machine)")
    }

    /// The default may fall 25%; any rise is noise unless it too is beyond 25%.
    @Test(arguments: [
        (1_000_000.0, 760_000.0, GateEvaluation.Status.pass),
        (1_000_000.0, 740_000.0, .regressed),
        (1_000_000.0, 1_000_000.0, .pass),
        (1_000_000.0, 1_240_000.0, .pass),
        (1_000_000.0, 1_300_000.0, .improved),
        (1e12, 50_000.0, .regressed),
        (1.0, 50_000.0, .improved),
    ])
    func theSpeedIsHeldToTheBaselinesMedian(baseline: Double, now: Double, expected: GateEvaluation.Status) throws {
        let (entry, _) = Self.entry(median: baseline)
        let row = try #require(GateEvaluation.speedRow(entry, now: Self.measured([now, now * 2, now / 2])))
        #expect(row.status == expected)
        #expect(row.metric == "wall.records_per_second (median of 3)")
        #expect(row.tolerance == .wallSpeed && row.wallClock)
    }

    @Test func anOverrideInTheBaselineReplacesTheDefaultTolerance() throws {
        let (entry, _) = Self.entry(median: 1_000, tolerances: [WallSpeed.metric: Tolerance(relative: 0.5, absolute: 0)])
        #expect(try #require(GateEvaluation.speedRow(entry, now: Self.measured([600]))).status == .pass)
        #expect(try #require(GateEvaluation.speedRow(entry, now: Self.measured([400]))).status == .regressed)
    }

    /// A regressed speed fails the scenario (2) in every output; without a measurement, a baseline
    /// speed no run could reach is not even looked at.
    @Test func onlyAMeasurementIsComparedAndARegressionFailsTheGate() {
        let (entry, view) = Self.entry(median: 1e12)
        let plain = GateEvaluation(entry, run: view)
        #expect(plain.rows.allSatisfy { !$0.wallClock } && plain.exitCode(strict: true) == 0)
        #expect(!GateReport.text([plain], strict: false).contains("wall"))

        let timed = GateEvaluation(entry, run: view, speed: Self.measured([2_000, 1_000, 3_000]))
        #expect(timed.regressions.map(\.metric) == ["wall.records_per_second (median of 3)"])
        #expect(timed.exitCode(strict: false) == 2)
        let text = GateReport.text([timed], strict: false)
        #expect(text.contains("wall.records_per_second (median of 3)"), "\(text)")
        #expect(text.contains("wall speed now:      2,000 records/s (median of 3; 1,000–3,000) on \(Self.machine)"), "\(text)")
        #expect(GateReport.markdown([timed], strict: false).contains("| `wall.records_per_second (median of 3)` |"))
        #expect(GateReport.junit([timed], strict: false).contains("wall.records_per_second (median of 3) regressed"))
    }

    @Test func aPassingSpeedIsShownAndStrictDoesNotFailOnNoise() {
        let (entry, view) = Self.entry(median: 1_000)
        let timed = GateEvaluation(entry, run: view, speed: Self.measured([1_100]))
        #expect(timed.exitCode(strict: true) == 0)
        #expect(GateReport.text([timed], strict: true).contains("wall.records_per_second (median of 1)"))
    }

    @Test func aPerfSectionAndItsToleranceReadBackAsWritten() throws {
        let (entry, _) = Self.entry(median: 1_204_113, tolerances: [WallSpeed.metric: Tolerance(relative: 0.4, absolute: 0)])
        let text = BaselineFile.render(Baseline(scenarios: [entry]))
        #expect(text.contains("\"median_records_per_second\": 1204113"))
        #expect(try BaselineFile.parse(text).get() == Baseline(scenarios: [entry]))
    }

    @Test(arguments: [
        ("\"runs\": 5", "\"runs\": 0", "scenarios[0].perf.runs: 0: must be a whole number of runs from 1 to 1000000"),
        ("\"runs\": 5", "\"runs\": 5, \"p50\": 1", "scenarios[0].perf.p50: unknown field"),
        ("\"median_records_per_second\": 1000", "\"median_records_per_second\": \"fast\"",
         "scenarios[0].perf.median_records_per_second: \"fast\": must be a number ≥ 0"),
        ("\"median_records_per_second\": 1000", "\"median_records_per_second\": 2000",
         "scenarios[0].perf: min 900, median 2000, max 1100: must be in that order"),
        ("\"machine\": \"2 cores, x86_64, debug build\"", "\"machine\": \"\"", "scenarios[0].perf.machine: \"\": must be a non-empty string"),
    ])
    func aBadPerfSectionNamesThePathAndWhatIsAllowed(_ original: String, _ replacement: String, _ expected: String) throws {
        let text = BaselineFile.render(Baseline(scenarios: [Self.entry(median: 1_000).0]))
        try #require(text.contains(original), "\(text)")
        guard case .failure(let problems) = BaselineFile.parse(text.replacingOccurrences(of: original, with: replacement)) else {
            Issue.record("accepted a baseline with \(replacement)")
            return
        }
        #expect(problems.messages.contains { $0.hasPrefix(expected) }, "\(problems.messages)")
    }

    @Test func aSpeedToleranceWithoutASpeedIsAProblem() {
        var (entry, _) = Self.entry(median: 1_000, tolerances: [WallSpeed.metric: .wallSpeed])
        entry.perf = nil
        guard case .failure(let problems) = BaselineFile.parse(BaselineFile.render(Baseline(scenarios: [entry]))) else {
            Issue.record("accepted a wall-speed tolerance without a wall speed")
            return
        }
        #expect(problems.messages.contains { $0.hasPrefix("scenarios[0].tolerances.wall.records_per_second: names no metric") })
    }

    /// Without `--perf`, `baseline update` keeps the speed and its tolerance while the scenario file
    /// is the same; a changed file drops both; a new measurement replaces the speed, not its tolerance.
    @Test func rerecordingKeepsTheSpeedOfAnUnchangedScenario() {
        let override = [WallSpeed.metric: Tolerance(relative: 0.4, absolute: 0)]
        let (previous, view) = Self.entry(median: 1_000, tolerances: override)
        let kept = BaselineScenario.rerecorded(path: previous.path, run: view, speed: nil, previous: previous)
        #expect(kept.perf == previous.perf && kept.tolerances == override)

        var edited = previous
        edited.sha256 = String(repeating: "0", count: 64)
        let dropped = BaselineScenario.rerecorded(path: previous.path, run: view, speed: nil, previous: edited)
        #expect(dropped.perf == nil && dropped.tolerances.isEmpty)

        let measured = BaselineScenario.rerecorded(path: previous.path, run: view, speed: Self.measured([5]), previous: edited)
        #expect(measured.perf == Self.measured([5]) && measured.tolerances == override)
    }
}
