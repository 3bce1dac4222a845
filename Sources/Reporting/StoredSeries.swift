import Metrics
import ResultStore

/// A run's CloudWatch-named series as store rows: every metric of every period, stream-wide per
/// second and per minute, each shard per minute (from the minute it opened).
enum StoredSeries {
    static func points(of metrics: RunMetrics, shardIDs: [String]) -> [StoredSeriesPoint] {
        var points = rows(metrics.streamSeconds, shardID: nil, resolution: "1s")
        points += rows(metrics.streamMinutes, shardID: nil, resolution: "1m")
        for (index, id) in shardIDs.enumerated() {
            points += rows(metrics.shards[index].minutes, shardID: id, resolution: "1m")
        }
        return points
    }

    /// One row per metric per period, metric by metric so each metric's rows are contiguous.
    static func rows(_ series: MetricSeries, shardID: String?, resolution: String) -> [StoredSeriesPoint] {
        MetricName.allCases.flatMap { name in
            series.points.indices.map { index in
                StoredSeriesPoint(metric: name.rawValue, shardID: shardID, resolution: resolution,
                                  periodStartS: series.startSeconds(ofPoint: index), value: name.value(in: series.points[index]))
            }
        }
    }
}
