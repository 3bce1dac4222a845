@testable import Metrics
import SimKernel
import Testing

/// Each second's latency percentiles per consumer (`ConsumerSeconds`): by the second of the
/// hand-over, within 1 %, empty seconds without any, and a calm second after a slow one calm.
@Suite("Latency per second")
struct LatencySecondsTests {
    typealias F = MetricsFixtures

    @Test func eachSecondHasTheMedianP99AndMaxOfItsOwnRecordsOnly() {
        var metrics = F.metrics()
        for millis in 1...100 {  // second 0: 1 … 100 ms
            metrics.recordDelivery(consumer: 0, latency: .milliseconds(Int64(millis)), now: F.at(ms: 500))
        }
        for _ in 1...100 {  // second 2: a spike, every record 2 s old
            metrics.recordDelivery(consumer: 0, latency: .seconds(2), now: F.at(ms: 2_400))
        }
        metrics.recordDelivery(consumer: 0, latency: .milliseconds(20), now: F.at(ms: 3_100))  // calm again
        metrics.finish(at: F.at(ms: 4_000))
        let points = metrics.consumers[0].seconds.points
        #expect(points.count == 4)
        #expect(points.map(\.latencyRecords) == [100, 0, 100, 1])
        #expect(abs(Double(points[0].latencyP50Us) - 50_000) <= 500)
        #expect(abs(Double(points[0].latencyP99Us) - 99_000) <= 990)
        #expect(abs(Double(points[0].latencyMaxUs) - 100_000) <= 1_000)
        #expect(points[1].latencyP99Us == 0)
        #expect(abs(Double(points[2].latencyP99Us) - 2_000_000) <= 20_000)
        #expect(abs(Double(points[3].latencyP99Us) - 20_000) <= 200)
        // The whole run's histogram still has every record.
        #expect(metrics.consumers[0].latency.count == 201)
    }
}
