@testable import Metrics
import SimKernel
import Testing

/// Shards opened and closed by resharding: per-shard figures for children, and exact shard-time
/// (a closed shard stops costing, an open one costs until the end).
@Suite("Shard lifetimes")
struct ShardLifetimeTests {
    typealias F = MetricsFixtures

    /// Two shards from the start; at 90 s shard 0 closes and a child opens; the run ends at 150 s.
    static func resharded() -> RunMetrics {
        var metrics = F.metrics()
        F.accept(&metrics, shard: 0, bytes: 10, ms: 30_000)
        metrics.closeShard(0, at: F.at(ms: 90_000))
        let child = metrics.addShard(openedAt: F.at(ms: 90_000))
        F.accept(&metrics, shard: child, bytes: 20, ms: 95_000)
        F.read(&metrics, shard: 0, records: 1, bytes: 10, ageMs: 70_000, ms: 100_000)
        metrics.finish(at: F.at(ms: 150_000))
        return metrics
    }

    @Test func aChildGetsTheNextIndexAndSeriesFromTheMinuteItOpened() {
        let metrics = Self.resharded()
        #expect(metrics.shards.count == 3)
        let child = metrics.shards[2]
        #expect(child.openedAt == F.at(ms: 90_000))
        #expect(child.closedAt == nil)
        #expect(child.minutes.firstPeriod == 1)
        #expect(child.minutes.startSeconds(ofPoint: 0) == 60)
        #expect(Array(child.minutes.points) == [F.point(records: 1, bytes: 20), SeriesPoint()])
        #expect(child.incomingRecords == 1)
    }

    @Test func aClosedParentIsStillReadInItsSeries() {
        let parent = Self.resharded().shards[0]
        #expect(parent.closedAt == F.at(ms: 90_000))
        #expect(Array(parent.minutes.points) == [
            F.point(records: 1, bytes: 10), F.point(read: 1, readBytes: 10, ageMs: 70_000), SeriesPoint(),
        ])
    }

    @Test func shardTimeIsExactAndStopsAtClose() {
        let metrics = Self.resharded()
        // Shard 0: 0–90 s; shard 1: 0–150 s; the child: 90–150 s.
        #expect(metrics.openShardNanoseconds(until: F.at(ms: 150_000)) == 300_000_000_000)
        // Clipped to an earlier end (the emission period): 90 + 120 + 30 s.
        #expect(metrics.openShardNanoseconds(until: F.at(ms: 120_000)) == 240_000_000_000)
        // A shard that opens after the end costs nothing.
        #expect(metrics.openShardNanoseconds(until: F.at(ms: 60_000)) == 120_000_000_000)
    }
}
