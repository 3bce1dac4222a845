import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// The consumer-electronics example (`sleep-tracker-fleet.json`), shortened to 3 minutes: small
/// sensor readings make the records, ~50 KB diagnostic logs make the bytes, and six polling
/// applications share each shard's 5 reads a second, so reads are throttled while nothing is lost.
@Suite struct SleepTrackerScenarioTests {
    static let spec = ScenarioFixtures.overriding(ScenarioFixtures.load("sleep-tracker-fleet").spec, duration: .minutes(3))
    static let result = ScenarioFixtures.run(spec)

    @Test func logsCarryTheBytesAndReadingsTheRecords() {
        let result = Self.result
        let seconds = result.duration.seconds
        #expect(abs(result.throughputRecordsPerSecond - 1_017) < 30, "\(result.throughputRecordsPerSecond) records/s")
        // 1,000 readings of ~100 B and ~17 logs of ~56 KB (the lognormal's mean) each second.
        #expect(result.throughputBytesPerSecond > 800_000 && result.throughputBytesPerSecond < 1_200_000,
                "\(result.throughputBytesPerSecond) B/s over \(seconds) s")
        #expect(result.metrics.throttledEntries == 0)
    }

    @Test func sixReadersShareFiveReadsASecondAndLoseNothing() {
        let result = Self.result
        #expect(result.metrics.throttledGetCalls > 0)
        #expect(result.lost == 0 && result.fleet.dropped == 0)
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
        #expect(Verdict.of(result, objectives: Objectives.evaluate(Self.spec.slo, result: result)) == .pass)
    }

    @Test func runsTwiceToTheSameDigest() {
        #expect(ScenarioFixtures.run(Self.spec).digest == Self.result.digest)
    }
}
