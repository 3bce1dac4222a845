import AnalyticsModel
import Metrics
import SimHarness
import SimKernel
import SimTestSupport
import Telemetry
import Testing

/// Anomaly operators in whole runs: the z-score detector on the random-cut-forest demo meets
/// issue 11's bar, its flags are scored per device kind, and the flags are part of the digest.
@Suite struct AnomalyScenarioTests {
    static let temperature = ScenarioFixtures.load("temperature-anomaly")
    static let temperatureResult = ScenarioFixtures.run(temperature.spec)

    /// The smoke fleet (all four kinds) for 10 minutes, with a z-score operator on its first consumer.
    static let smokeResult: RunResult = {
        var config = WorldConfig(scenario: ScenarioFixtures.overriding(ScenarioFixtures.smoke.spec, duration: .minutes(10)))
        config.consumers[0].operators.append(.anomaly(AnomalyConfig(detector: .zscore, threshold: 4)))
        return ScenarioFixtures.run(config)
    }()

    func detection(_ result: RunResult, _ index: Int = 0) throws -> DetectionMetrics {
        let detections = result.metrics.consumers.flatMap(\.detections)
        try #require(detections.count > index)
        return detections[index]
    }

    @Test func theZScoreDetectorFindsTheDemoSpikes() throws {
        let result = Self.temperatureResult
        let detection = try detection(result)
        #expect(result.invariantsHold)
        // Every injected anomaly reached the operator exactly once.
        #expect(detection.overall.anomalies == result.fleet.anomaliesInjected && detection.overall.anomalies > 300)
        #expect(detection.overall.recall >= 0.95, "recall \(detection.overall.recall)")
        #expect(detection.overall.precision >= 0.9, "precision \(detection.overall.precision)")
        // A reading waits at most one 1 s poll, plus the uplink, before it is scored.
        #expect(detection.delay.maxMilliseconds < 1_500)
    }

    /// The forest, at KDA's defaults and the default threshold 3, on the same readings.
    @Test func theRandomCutForestFindsThemToo() throws {
        let forest = try detection(Self.temperatureResult, 1)
        #expect(forest.operatorIndex == 1)
        #expect(forest.overall.anomalies == Self.temperatureResult.fleet.anomaliesInjected)
        #expect(forest.overall.recall >= 0.95, "recall \(forest.overall.recall)")
        #expect(forest.overall.precision >= 0.95, "precision \(forest.overall.precision)")
    }

    @Test func flagsArePartOfTheDigestAndReproduce() {
        #expect(ScenarioFixtures.run(Self.temperature.spec).digest == Self.temperatureResult.digest)
        var config = WorldConfig(scenario: Self.temperature.spec)
        config.consumers[0].operators = [.anomaly(AnomalyConfig(detector: .zscore, threshold: 1e9))]
        #expect(ScenarioFixtures.run(config).digest != Self.temperatureResult.digest)
    }

    @Test func eachKindIsScoredOnItsOwn() throws {
        let detection = try detection(Self.smokeResult)
        let kinds = DeviceKind.allCases.map { detection.byKind[Int($0.rawValue)] }
        #expect(kinds.reduce(0) { $0 + $1.truePositives } == detection.overall.truePositives)
        #expect(kinds.reduce(0) { $0 + $1.trueNegatives } == detection.overall.trueNegatives)
        let tally = { (kind: DeviceKind) in detection.byKind[Int(kind.rawValue)] }
        // Single-reading spikes, teleports and implausible air temperatures stand out.
        for kind in [DeviceKind.temperature, .weather, .gps] {
            #expect(tally(kind).recall >= 0.85 && tally(kind).precision >= 0.95, "\(kind): \(tally(kind))")
        }
        // A saturation episode is a level shift the baseline starts to follow: its first readings
        // are flagged, its last ones look normal to a z-score.
        let cpu = tally(.cpu)
        #expect(cpu.anomalies > 40 && cpu.recall > 0.3 && cpu.recall < 0.7, "cpu: \(cpu)")
    }
}
