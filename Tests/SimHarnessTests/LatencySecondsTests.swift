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

    /// Selection puts at every rank what a sort would, on values with many repeats, all equal,
    /// sorted and reversed.
    @Test func selectionAgreesWithSorting() {
        var random = SimRandom(masterSeed: 8, label: "selection", index: 0)
        let shapes: [[UInt64]] = [
            (0..<1_000).map { _ in random.bounded(50) }, Array(repeating: 7, count: 300),
            Array(0..<500), Array((0..<500).reversed()), [42],
        ]
        for values in shapes {
            let sorted = values.sorted()
            for rank in Set([0, values.count / 2, values.count * 99 / 100, values.count - 1]) {
                var copy = values
                copy.withUnsafeMutableBufferPointer { Selection.select(rank, in: $0) }
                #expect(copy[rank] == sorted[rank], "rank \(rank) of \(values.count)")
                #expect(copy[..<rank].allSatisfy { $0 <= copy[rank] } && copy[(rank + 1)...].allSatisfy { $0 >= copy[rank] })
            }
        }
    }
}
