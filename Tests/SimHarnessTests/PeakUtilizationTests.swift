@testable import Metrics
import SimKernel
import Testing

/// Peak utilization is per calendar second (W4): CloudWatch's per-minute average hides bursts.
@Suite("Peak utilization")
struct PeakUtilizationTests {
    typealias F = MetricsFixtures

    /// One second's worth of records at the limit, `step` apart from `start`, in a one-minute run.
    static func limitOfRecords(from start: SimTime, step: SimDuration) -> RunMetrics {
        var metrics = F.metrics(shards: 1)
        for index in 0..<F.recordsPerSecond {
            metrics.recordAccepted(shard: 0, bytes: 10, duplicate: false, now: start + step * index)
        }
        metrics.finish(at: F.at(ms: 60_000))
        return metrics
    }

    @Test func test_W4_aBurstWithinOneSecondShowsPerSecondButIsAveragedAwayPerMinute() {
        let metrics = Self.limitOfRecords(from: F.at(ms: 10_000), step: .microseconds(1))
        #expect(metrics.streamSeconds.points[10].incomingRecords == 1_000)
        #expect(metrics.shards[0].peakUtilization == 1.0)
        let minute = metrics.streamMinutes.points[0].incomingRecords
        #expect(minute == 1_000)
        let averageUtilization = Double(minute) / 60 / Double(F.recordsPerSecond)
        #expect(averageUtilization < 0.02, "the minute's average is \(averageUtilization) of the limit")
    }

    /// The same records straddling a second boundary count half in each calendar second: the
    /// peak is not a sliding one-second window.
    @Test func aBurstAcrossASecondBoundaryCountsInBothSeconds() {
        let metrics = Self.limitOfRecords(from: F.at(ms: 10_500), step: .milliseconds(1))
        #expect(metrics.streamSeconds.points[10].incomingRecords == 500)
        #expect(metrics.streamSeconds.points[11].incomingRecords == 500)
        #expect(metrics.shards[0].peakUtilization == 0.5)
    }

    /// Bytes count too: one record of the whole byte limit is full utilization.
    @Test func theByteLimitCanSetThePeak() {
        var metrics = F.metrics(shards: 1)
        F.accept(&metrics, shard: 0, bytes: F.bytesPerSecond, ms: 100)
        metrics.finish(at: F.at(ms: 1_000))
        #expect(metrics.shards[0].peakUtilization == 1.0)
    }
}
