@testable import Metrics
import SimKernel
import Testing

/// The CloudWatch-named series: exact values for a hand-built sequence of observations across
/// second and minute boundaries, stream-wide and per shard.
@Suite("Metric series")
struct MetricSeriesTests {
    typealias F = MetricsFixtures

    /// Writes and reads on two shards around the boundaries at 1 s and at 60 s, ending at 62.5 s.
    static func observed() -> RunMetrics {
        var metrics = F.metrics()
        F.accept(&metrics, shard: 0, bytes: 100, ms: 500)
        F.accept(&metrics, shard: 1, bytes: 200, ms: 999)
        F.accept(&metrics, shard: 0, bytes: 300, ms: 1_000)
        metrics.recordThrottled(shard: 0, now: F.at(ms: 1_500))
        F.read(&metrics, shard: 1, records: 2, bytes: 300, ageMs: 40, ms: 59_999)
        metrics.recordThrottledGetCall(consumer: 0, shard: 0, now: F.at(ms: 60_000))
        F.read(&metrics, shard: 1, records: 1, bytes: 300, ageMs: 70, ms: 61_000)
        F.read(&metrics, shard: 1, records: 0, bytes: 0, ageMs: 20, ms: 61_500)
        metrics.finish(at: F.at(ms: 62_500))
        return metrics
    }

    @Test func perSecondStreamSeriesSplitsAtEachSecond() {
        let seconds = Self.observed().streamSeconds
        var expected = F.empty(63)
        expected[0] = F.point(records: 2, bytes: 300)
        expected[1] = F.point(records: 1, bytes: 300, writeThrottled: 1)
        expected[59] = F.point(read: 2, readBytes: 300, ageMs: 40)
        expected[60] = F.point(readThrottled: 1)
        expected[61] = F.point(read: 1, readBytes: 300, ageMs: 70)
        #expect(Array(seconds.points) == expected)
        #expect(seconds.startSeconds(ofPoint: 61) == 61)
    }

    @Test func perMinuteStreamSeriesSumsCountsAndKeepsTheLargestAge() {
        let minutes = Self.observed().streamMinutes
        #expect(Array(minutes.points) == [
            F.point(records: 3, bytes: 600, writeThrottled: 1, read: 2, readBytes: 300, ageMs: 40),
            F.point(readThrottled: 1, read: 1, readBytes: 300, ageMs: 70),
        ])
        #expect(minutes.startSeconds(ofPoint: 1) == 60)
    }

    @Test func perShardMinutesHoldOnlyThatShard() {
        let shards = Self.observed().shards
        #expect(Array(shards[0].minutes.points) == [
            F.point(records: 2, bytes: 400, writeThrottled: 1), F.point(readThrottled: 1),
        ])
        #expect(Array(shards[1].minutes.points) == [
            F.point(records: 1, bytes: 200, read: 2, readBytes: 300, ageMs: 40), F.point(read: 1, readBytes: 300, ageMs: 70),
        ])
    }

    @Test func namesMapToTheirFigures() {
        let point = F.point(records: 1, bytes: 2, writeThrottled: 3, readThrottled: 4, read: 5, readBytes: 6, ageMs: 7, failed: 8)
        let values = Dictionary(uniqueKeysWithValues: MetricName.allCases.map { ($0.rawValue, $0.value(in: point)) })
        #expect(values == [
            "IncomingRecords": 1, "IncomingBytes": 2, "WriteProvisionedThroughputExceeded": 3,
            "ReadProvisionedThroughputExceeded": 4, "GetRecords.Records": 5, "GetRecords.Bytes": 6,
            "GetRecords.IteratorAgeMilliseconds": 7, "PutRecords.FailedRecords": 8,
            "Fleet.OfflineQueued": 0, "Fleet.OfflineDropped": 0,
        ])
        #expect(MetricName.shardMetrics.count == 8)
    }

    /// Eleven 64-bit integers and nothing else: an hour of the stream per second is 3,600 × 88 B.
    @Test func aPointIsEightyEightBytes() {
        #expect(MemoryLayout<SeriesPoint>.stride == 88)
    }

    /// The offline queues' level is a gauge: seconds without a change show the level they began
    /// with; a second's value is the most held in it; drops are counted where they happen.
    @Test func offlineQueueLevelsCarryOverQuietSeconds() {
        var metrics = F.metrics()
        metrics.recordOfflineQueues(level: 5, dropped: 0, now: F.at(ms: 1_500))
        metrics.recordOfflineQueues(level: 9, dropped: 2, now: F.at(ms: 4_200))
        metrics.recordOfflineQueues(level: 3, dropped: 0, now: F.at(ms: 4_700))
        metrics.recordOfflineQueues(level: 0, dropped: 0, now: F.at(ms: 6_100))
        metrics.finish(at: F.at(ms: 8_000))
        let seconds = metrics.streamSeconds.points
        #expect(seconds.map(\.offlineQueued) == [0, 5, 5, 5, 9, 3, 3, 0])
        #expect(seconds.map(\.offlineDropped) == [0, 0, 0, 0, 2, 0, 0, 0])
        #expect(metrics.streamMinutes.points.map(\.offlineQueued) == [9])
    }

    /// A run ending on a period boundary has no point past it, unless something happened at that
    /// very instant; finishing twice changes nothing.
    @Test func finishCoversTheEndAndIsIdempotent() {
        var quiet = MetricSeries(period: .seconds(1), from: .zero)
        quiet.finish(at: F.at(ms: 3_000))
        quiet.finish(at: F.at(ms: 3_000))
        #expect(quiet.points.count == 3)

        var busyAtEnd = MetricSeries(period: .seconds(1), from: .zero)
        busyAtEnd.record(at: F.at(ms: 3_000)) { $0.incomingRecords += 1 }
        busyAtEnd.finish(at: F.at(ms: 3_000))
        #expect(Array(busyAtEnd.points) == F.empty(3) + [F.point(records: 1)])
    }
}
