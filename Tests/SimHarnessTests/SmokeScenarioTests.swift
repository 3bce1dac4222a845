import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// The smoke scenario end to end in-process: everything delivered, windows closed, objectives met.
@Suite("Smoke scenario")
struct SmokeScenarioTests {
    @Test func everyAcceptedRecordReachesEveryConsumer() {
        let result = ScenarioFixtures.smokeResult
        #expect(result.metrics.accepted > 0)
        #expect(result.consumerNames == ["dashboard", "archiver"])
        for (index, consumer) in result.metrics.consumers.enumerated() {
            #expect(consumer.delivered == result.metrics.accepted, "consumer \(result.consumerNames[index])")
            #expect(consumer.redeliveries == 0)
        }
        #expect(result.lost == 0)
    }

    @Test func nothingIsLeftInFlightOrDropped() {
        let result = ScenarioFixtures.smokeResult
        #expect(result.inFlight == 0)
        #expect(result.fleet.dropped == 0)
        #expect(result.fleet.emitted == result.metrics.accepted - result.metrics.duplicates)
        #expect(result.stoppedEarly == nil)
    }

    @Test func latencyPercentilesAreOrdered() {
        for consumer in ScenarioFixtures.smokeResult.metrics.consumers {
            let latency = consumer.latency
            let p50 = latency.milliseconds(atPercentile: 50)
            let p90 = latency.milliseconds(atPercentile: 90)
            let p99 = latency.milliseconds(atPercentile: 99)
            #expect(latency.count == consumer.delivered)
            #expect(p50 > 0)
            #expect(p50 <= p90)
            #expect(p90 <= p99)
            #expect(p99 <= latency.maxMilliseconds)
        }
    }

    @Test func everyOperatorProducesWindows() {
        let windows = ScenarioFixtures.smokeResult.windows
        #expect(windows.map(\.consumer) == ["dashboard", "dashboard"])
        #expect(windows.map(\.operatorIndex) == [0, 1])
        for operatorWindows in windows {
            #expect(!operatorWindows.results.isEmpty, "\(operatorWindows.consumer)[\(operatorWindows.operatorIndex)]")
        }
    }

    @Test func theVerdictIsPass() {
        let result = ScenarioFixtures.smokeResult
        #expect(result.invariantsHold, "\(result.invariants)")
        let objectives = Objectives.evaluate(ScenarioFixtures.smoke.spec.slo, result: result)
        #expect(objectives.allSatisfy { $0.met }, "\(objectives)")
        #expect(Verdict.of(result, objectives: objectives) == .pass)
    }

    @Test func theReportCarriesVerdictObjectivesAndTheReproducingCommand() {
        let scenario = ScenarioFixtures.smoke
        let report = RunReport(scenario: scenario, result: ScenarioFixtures.smokeResult, wallSeconds: 0.5,
                               simctlVersion: "test", gitCommit: "0000000", startedAt: "2026-01-01T00:00:00Z")
        #expect(report.verdict == .pass)
        #expect(report.objectives.map(\.name) == ["p99LatencyMs", "maxWriteThrottleRate", "maxDropped", "maxLost"])
        #expect(report.reproduceCommand == "simctl run \(scenario.origin) --seed 7")
        #expect(report.result.cost.monthlyUSD > 0)
    }
}
