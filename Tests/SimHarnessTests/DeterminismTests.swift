import Metrics
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// Same scenario and seed → same digest and figures; another seed → another digest.
/// (Across processes: the end-to-end tests.)
@Suite("Determinism")
struct DeterminismTests {
    /// The figures a report leads with, flattened so two runs compare in one expectation.
    func keyFigures(_ result: RunResult) -> [String] {
        let metrics = result.metrics
        var figures = [
            "events \(result.events)", "emitted \(result.fleet.emitted)", "dropped \(result.fleet.dropped)",
            "retries \(result.fleet.retries)", "accepted \(metrics.accepted)", "bytes \(metrics.acceptedBytes)",
            "duplicates \(metrics.duplicates)", "throttled \(metrics.throttledEntries)", "requests \(metrics.putRequests)",
            "getCalls \(metrics.getCalls)", "inFlight \(result.inFlight)",
        ]
        for (index, consumer) in metrics.consumers.enumerated() {
            figures.append("consumer \(index): delivered \(consumer.delivered) p50 \(consumer.latency.milliseconds(atPercentile: 50)) "
                           + "p99 \(consumer.latency.milliseconds(atPercentile: 99)) max \(consumer.latency.maxMilliseconds) "
                           + "age \(consumer.maxIteratorAgeMs)")
        }
        for window in result.windows {
            figures.append("\(window.consumer)[\(window.operatorIndex)]: \(window.results.count) windows, \(window.lateDropped) late")
        }
        return figures
    }

    @Test func sameSeedTwiceGivesTheSameDigestAndFigures() {
        let first = ScenarioFixtures.smokeResult
        let second = ScenarioFixtures.run(ScenarioFixtures.smoke.spec)
        #expect(first.digest.count == 16)
        #expect(first.digest == second.digest)
        #expect(keyFigures(first) == keyFigures(second))
    }

    @Test func aDifferentSeedGivesADifferentDigest() {
        let reseeded = ScenarioFixtures.run(ScenarioFixtures.overriding(ScenarioFixtures.smoke.spec, seed: 8))
        #expect(reseeded.seed == 8)
        #expect(reseeded.digest != ScenarioFixtures.smokeResult.digest)
        #expect(reseeded.fleet.emitted > 0)
    }
}
