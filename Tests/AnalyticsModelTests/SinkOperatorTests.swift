import Testing
import SimKernel
import Telemetry
@testable import AnalyticsModel

/// The sink's buffering hints (size or interval, whichever first), its lazily timed flushes,
/// and its retried attempts, each of which writes an object.
struct SinkOperatorTests {
    func reading(_ sequence: UInt32, bytes: UInt32 = 100) -> Reading {
        Reading(id: ReadingID(device: 1, sequence: sequence), gateway: 0, kind: .temperature, isAnomaly: false,
                payloadBytes: bytes, emittedAt: .zero, value: 15)
    }

    func sink(bytes: Int64 = 1_000, interval: SimDuration = .seconds(60), failureRate: Double = 0,
              keeps: Bool = true) -> SinkOperator {
        SinkOperator(config: SinkConfig(bufferBytes: bytes, bufferInterval: interval, deliveryTime: .constant(.milliseconds(200)),
                                        failureRate: failureRate, keepsRecords: keeps),
                     random: SimRandom(seed: 9))
    }

    @Test func aFullBufferIsDeliveredAtOnce() {
        var sink = sink()
        for index in 0..<25 { sink.add(reading(UInt32(index)), arrivedAt: .zero + .seconds(Int64(index))) }
        let deliveries = sink.takeDeliveries()
        // 1,000 bytes is 10 readings of 100: the 10th and 20th fill the buffer.
        #expect(deliveries.map(\.records) == [10, 10])
        #expect(deliveries.map(\.flushedAt) == [.zero + .seconds(9), .zero + .seconds(19)])
        #expect(deliveries[0].landedAt == .zero + .seconds(9) + .milliseconds(200))
        #expect(deliveries[1].readings.map(\.id.sequence) == Array(10..<20))
        #expect(deliveries[1].oldestArrival == .zero + .seconds(10))
        #expect(sink.takeDeliveries().isEmpty)
    }

    @Test func anExpiredBufferIsDeliveredWhenItsIntervalRanOut() {
        var sink = sink(bytes: 1_000_000, interval: .seconds(60))
        sink.add(reading(0), arrivedAt: .zero + .seconds(5))
        sink.add(reading(1), arrivedAt: .zero + .seconds(30))
        #expect(sink.takeDeliveries().isEmpty)
        // The next record comes long after: the buffer went at 5 s + 60 s, without it.
        sink.add(reading(2), arrivedAt: .zero + .seconds(200))
        let expired = sink.takeDeliveries()
        #expect(expired.map(\.flushedAt) == [.zero + .seconds(65)] && expired[0].records == 2)
        // The end of input delivers the rest when its interval runs out.
        sink.finish()
        let last = sink.takeDeliveries()
        #expect(last.map(\.flushedAt) == [.zero + .seconds(260)] && last[0].records == 1)
    }

    @Test func timedOutAttemptsAreRetriedAndEachWritesAnObject() {
        var sink = sink(bytes: 100, failureRate: 0.5)
        for index in 0..<400 { sink.add(reading(UInt32(index)), arrivedAt: .zero + .seconds(Int64(index))) }
        let deliveries = sink.takeDeliveries()
        #expect(deliveries.count == 400)
        let attempts = deliveries.reduce(0) { $0 + $1.attemptEnds.count }
        // Geometric attempts with success ½: two per delivery on average.
        #expect(attempts > 700 && attempts < 900, "\(attempts) attempts")
        for delivery in deliveries {
            #expect(delivery.attemptEnds == (1...delivery.attemptEnds.count).map { delivery.flushedAt + .milliseconds(200 * Int64($0)) })
        }
    }

    @Test func recordsAreKeptOnlyForFiles() {
        var sink = sink(keeps: false)
        for index in 0..<10 { sink.add(reading(UInt32(index)), arrivedAt: .zero) }
        let delivery = sink.takeDeliveries()
        #expect(delivery.count == 1 && delivery[0].records == 10 && delivery[0].bytes == 1_000 && delivery[0].readings.isEmpty)
    }
}
