import Metrics
import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// Each `slo` field is evaluated against the run's measurement, met at the limit and missed past it,
/// with the `ok` / `missed: <value> > <limit>` status the machine summary prints.
@Suite("Objectives")
struct ObjectivesTests {
    /// The one objective named `name` that evaluating `slo` produces.
    func objective(_ name: String, _ slo: SLOSpec, _ result: RunResult = ScenarioFixtures.smokeResult) throws -> ObjectiveResult {
        let objectives = Objectives.evaluate(slo, result: result)
        #expect(objectives.filter { $0.name == name }.count == 1)
        return try #require(objectives.first { $0.name == name })
    }

    /// The consumer with the largest figure, and the figure.
    func worst(_ figure: (ConsumerMetrics) -> Double) -> (name: String, value: Double) {
        let result = ScenarioFixtures.smokeResult
        let values = result.metrics.consumers.map(figure)
        let index = values.indices.max { values[$0] < values[$1] }!
        return (result.consumerNames[index], values[index])
    }

    @Test func onlyMaxLostIsCheckedWhenTheFileSetsNothing() {
        let objectives = Objectives.evaluate(SLOSpec(), result: ScenarioFixtures.smokeResult)
        #expect(objectives.map(\.name) == ["maxLost"])
        #expect(objectives.first?.status == "ok")
    }

    @Test(arguments: [("p99LatencyMs", 99.0), ("p999LatencyMs", 99.9)])
    func latencyPercentileIsTheWorstConsumers(name: String, percentile: Double) throws {
        let worst = worst { $0.latency.milliseconds(atPercentile: percentile) }
        #expect(worst.value > 1)
        func slo(_ limit: Double) -> SLOSpec {
            name == "p99LatencyMs" ? SLOSpec(p99LatencyMs: limit) : SLOSpec(p999LatencyMs: limit)
        }
        let met = try objective(name, slo(worst.value))
        #expect(met.met)
        #expect(met.measured == worst.value)
        #expect(met.consumer == worst.name)
        #expect(met.status == "ok")
        let missed = try objective(name, slo(1))
        #expect(!missed.met)
        #expect(missed.consumer == worst.name)
        #expect(missed.status.hasPrefix("missed: "))
        #expect(missed.status.hasSuffix(" > 1"))
    }

    @Test func iteratorAgeIsTheWorstConsumers() throws {
        let worst = worst { Double($0.maxIteratorAgeMs) }
        #expect(worst.value >= 1)
        let met = try objective("maxIteratorAgeMs", SLOSpec(maxIteratorAgeMs: worst.value))
        #expect(met.met)
        #expect(met.consumer == worst.name)
        let missed = try objective("maxIteratorAgeMs", SLOSpec(maxIteratorAgeMs: worst.value - 1))
        #expect(missed.status == "missed: \(Int64(worst.value)) > \(Int64(worst.value) - 1)")
    }

    @Test func writeThrottleRate() throws {
        let result = ScenarioFixtures.throttlingResult
        let rate = result.metrics.throttleRate
        let met = try objective("maxWriteThrottleRate", SLOSpec(maxWriteThrottleRate: rate), result)
        #expect(met.met)
        #expect(met.consumer == nil)
        let missed = try objective("maxWriteThrottleRate", SLOSpec(maxWriteThrottleRate: 0.01), result)
        #expect(!missed.met)
        #expect(missed.measured == rate)
        #expect(missed.status == "missed: \(rate) > 0.01")
        #expect(try objective("maxWriteThrottleRate", SLOSpec(maxWriteThrottleRate: 0)).met)
    }

    @Test func dropped() throws {
        var result = ScenarioFixtures.smokeResult
        #expect(try objective("maxDropped", SLOSpec(maxDropped: 0), result).met)
        result.fleet.dropped = 7
        #expect(try objective("maxDropped", SLOSpec(maxDropped: 7), result).met)
        let missed = try objective("maxDropped", SLOSpec(maxDropped: 3), result)
        #expect(!missed.met)
        #expect(missed.status == "missed: 7 > 3")
    }

    @Test func lost() throws {
        var result = ScenarioFixtures.smokeResult
        #expect(try objective("maxLost", SLOSpec(), result).met)
        result.lostPerConsumerShard = [[2]]
        #expect(try objective("maxLost", SLOSpec(maxLost: 2), result).met)
        #expect(try objective("maxLost", SLOSpec(), result).status == "missed: 2 > 0")
    }

    @Test func throughputIsAMinimum() throws {
        var result = ScenarioFixtures.smokeResult
        // Exactly one accepted record per simulated second.
        result.duration = .seconds(Int64(result.metrics.accepted))
        let met = try objective("minThroughputRecordsPerSecond", SLOSpec(minThroughputRecordsPerSecond: 1), result)
        #expect(met.met)
        #expect(met.measured == 1)
        let missed = try objective("minThroughputRecordsPerSecond", SLOSpec(minThroughputRecordsPerSecond: 2), result)
        #expect(!missed.met)
        #expect(missed.status == "missed: 1 < 2")
    }

    @Test func fractionalValuesPrintInFull() throws {
        var result = ScenarioFixtures.smokeResult
        result.duration = .seconds(Int64(result.metrics.accepted) * 4)
        let missed = try objective("minThroughputRecordsPerSecond", SLOSpec(minThroughputRecordsPerSecond: 0.5), result)
        #expect(missed.status == "missed: 0.25 < 0.5")
    }
}
