@testable import Metrics
import SimKernel
import Testing

/// Per-consumer read figures: calls, throttled calls, the largest iterator age and MillisBehindLatest.
@Suite("Read metrics")
struct ReadMetricsTests {
    typealias F = MetricsFixtures

    @Test func consumersKeepTheirLargestAgeAndLagAndCountEveryCall() {
        var metrics = F.metrics()
        let behind = GetRecordsReturn(records: 3, bytes: 30, iteratorAgeMs: 900, millisBehindLatest: 400)
        metrics.recordGetRecords(consumer: 0, shard: 0, behind, now: F.at(ms: 1_000))
        metrics.recordGetRecords(consumer: 0, shard: 1, .caughtUp, now: F.at(ms: 2_000))
        metrics.recordThrottledGetCall(consumer: 0, shard: 1, now: F.at(ms: 2_000))
        let consumer = metrics.consumers[0]
        #expect(consumer.maxIteratorAgeMs == 900)
        #expect(consumer.maxMillisBehindLatest == 400)
        #expect(consumer.getCalls == 3)
        #expect(consumer.throttledGetCalls == 1)
    }
}
