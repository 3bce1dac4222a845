import ConsumerModel
import Metrics
import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// Lambda event-source mappings through the whole world: `scenarios/lambda-parallelization.json`
/// (parallelization 1 and 10 on the same traffic) and `scenarios/lambda-failures.json` (5% of
/// invocations fail, bisect on, 2 retries).
@Suite struct LambdaScenarioTests {
    static let parallel = ScenarioFixtures.load("lambda-parallelization")
    static let failures = ScenarioFixtures.load("lambda-failures")
    static let parallelResult = ScenarioFixtures.run(parallel.spec)
    static let failuresResult = ScenarioFixtures.run(failures.spec)

    func invocations(_ result: RunResult, _ consumer: Int = 0) throws -> InvocationMetrics {
        try #require(result.metrics.consumers[consumer].invocations)
    }

    @Test func tenLanesPerShardKeepUpWhereOneFallsBehindAndKeysStayInOrder() throws {
        let result = Self.parallelResult
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
        let (one, ten) = (result.metrics.consumers[0], result.metrics.consumers[1])
        // 250 records/s a shard against 200/s for one lane (5 ms a record): it falls behind
        // for the whole emission; ten lanes keep the age near one poll and one batch.
        #expect(one.maxIteratorAgeMs > 60_000)
        #expect(ten.maxIteratorAgeMs < 2_000)
        #expect(ten.latency.milliseconds(atPercentile: 99) < one.latency.milliseconds(atPercentile: 50))
        #expect(result.orderViolations == [0, 0], "per-key order holds for both; shard order is not owed by ten lanes")
        #expect(result.undelivered == [0, 0])
        let (oneLane, tenLanes) = (try invocations(result, 0), try invocations(result, 1))
        #expect(tenLanes.invocations > oneLane.invocations)
    }

    @Test func failuresAreRetriedBisectedAndDiscardedButNeverLostSilently() throws {
        let result = Self.failuresResult
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
        let figures = try invocations(result)
        #expect(figures.failed > 0)
        #expect(Double(figures.failed) / Double(figures.invocations) < 0.1)
        #expect(result.metrics.consumers[0].redeliveries > 0, "records processed before a failure are processed again")
        #expect(figures.discarded > 0)
        #expect(figures.totalBlocked > .zero)
        // Every accepted record was processed or discarded (a discarded batch may have been
        // partly processed before its last failure), and the discarded ones are not retention loss.
        #expect(result.undelivered[0] == 0)
        #expect(result.lost == 0)
        let processedOnce = result.metrics.consumers[0].delivered - result.metrics.consumers[0].redeliveries
        #expect(processedOnce < result.metrics.accepted)
        #expect(processedOnce + figures.discarded >= result.metrics.accepted)
    }

    @Test func theFailureScenarioGivesTheSameDigestTwice() {
        #expect(ScenarioFixtures.run(Self.failures.spec).digest == Self.failuresResult.digest)
    }

    @Test func mappingDefaultsAreTheAPIs() {
        let settings = LambdaConfig()
        #expect(settings.batchSize == 100 && settings.batchWindow == .zero && settings.parallelization == 1)
        #expect(settings.maxRetryAttempts == nil && settings.maxRecordAge == nil && !settings.bisectOnError)
    }
}
