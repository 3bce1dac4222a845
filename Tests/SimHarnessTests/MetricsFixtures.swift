@testable import Metrics
import SimKernel

/// Hand-built observations for the Metrics tests (Metrics has no test target of its own).
enum MetricsFixtures {
    static let recordsPerSecond: Int64 = 1_000
    static let bytesPerSecond: Int64 = 1_048_576

    /// A stream of `shards` shards and one consumer with the default write limits.
    static func metrics(shards: Int = 2) -> RunMetrics {
        RunMetrics(shardCount: shards, consumerCount: 1, writeRecordsPerSecond: recordsPerSecond,
                   writeBytesPerSecond: bytesPerSecond)
    }

    /// `milliseconds` after the run began.
    static func at(ms milliseconds: Int64) -> SimTime { .zero + .milliseconds(milliseconds) }

    static func accept(_ metrics: inout RunMetrics, shard: Int, bytes: Int64, ms: Int64) {
        metrics.recordAccepted(shard: shard, bytes: bytes, duplicate: false, now: at(ms: ms))
    }

    static func read(_ metrics: inout RunMetrics, shard: Int, records: Int, bytes: Int64, ageMs: Int64, ms: Int64) {
        metrics.recordGetRecords(consumer: 0, shard: shard, GetRecordsReturn(records: records, bytes: bytes, iteratorAgeMs: ageMs,
                                                                             millisBehindLatest: 0), now: at(ms: ms))
    }

    /// A point with the given figures (zero elsewhere).
    static func point(records: Int64 = 0, bytes: Int64 = 0, writeThrottled: Int64 = 0, readThrottled: Int64 = 0,
                      read: Int64 = 0, readBytes: Int64 = 0, ageMs: Int64 = 0, failed: Int64 = 0) -> SeriesPoint {
        var point = SeriesPoint()
        point.incomingRecords = records
        point.incomingBytes = bytes
        point.writeThrottledRecords = writeThrottled
        point.readThrottledCalls = readThrottled
        point.getRecordsRecords = read
        point.getRecordsBytes = readBytes
        point.maxIteratorAgeMs = ageMs
        point.failedRecords = failed
        return point
    }

    /// `count` empty points.
    static func empty(_ count: Int) -> [SeriesPoint] { Array(repeating: SeriesPoint(), count: count) }
}
