import Metrics
import ResultStore

/// A run's CloudWatch-named series as store rows: every metric of every period, stream-wide per
/// second and per minute, each shard per minute (from the minute it opened). Rows are made one
/// at a time as the store asks for them (`StoredSeriesRows`), from the series the run kept.
enum StoredSeries {
    /// One series with the columns its rows share.
    struct Block: Sendable {
        var series: MetricSeries
        var shardID: String?
        var resolution: String
        /// Rows before this block's first.
        var firstRow: Int
        /// The stream's every metric, a shard's CloudWatch ones.
        var metrics: [MetricName] { shardID == nil ? MetricName.allCases : MetricName.shardMetrics }

        /// One row per metric per period, metric by metric so each metric's rows are contiguous.
        var rowCount: Int { metrics.count * series.points.count }

        func row(_ local: Int) -> StoredSeriesPoint {
            let (metric, point) = local.quotientAndRemainder(dividingBy: series.points.count)
            let name = metrics[metric]
            return StoredSeriesPoint(metric: name.rawValue, shardID: shardID, resolution: resolution,
                                     periodStartS: series.startSeconds(ofPoint: point), value: name.value(in: series.points[point]))
        }
    }

    static func points(of metrics: RunMetrics, shardIDs: [String]) -> StoredSeriesRows {
        var blocks: [Block] = []
        var rows = 0
        func add(_ series: MetricSeries, shardID: String?, resolution: String) {
            let block = Block(series: series, shardID: shardID, resolution: resolution, firstRow: rows)
            rows += block.rowCount
            if block.rowCount > 0 { blocks.append(block) }
        }
        add(metrics.streamSeconds, shardID: nil, resolution: "1s")
        add(metrics.streamMinutes, shardID: nil, resolution: "1m")
        for (index, id) in shardIDs.enumerated() { add(metrics.shards[index].minutes, shardID: id, resolution: "1m") }
        let found = blocks
        return StoredSeriesRows(count: rows) { row in
            // A few blocks (two plus one per shard): the last that starts at or before the row.
            let block = found.last { $0.firstRow <= row }!
            return block.row(row - block.firstRow)
        }
    }
}

extension StoredSeries {
    /// Each consumer's per-second figures, consumer after consumer, made as the store asks.
    static func consumerPoints(of metrics: RunMetrics, names: [String]) -> StoredConsumerSeriesRows {
        let series = metrics.consumers.map(\.seconds)
        let starts = series.reduce(into: [0]) { $0.append($0.last! + $1.points.count) }
        return StoredConsumerSeriesRows(count: starts.last!) { row in
            let consumer = starts.lastIndex { $0 <= row && $0 < starts.last! }!
            let local = row - starts[consumer]
            let point = series[consumer].points[local]
            let latency = point.latencyRecords == 0 ? nil
                : SecondLatency(p50Ms: Double(point.latencyP50Us) / 1_000, p99Ms: Double(point.latencyP99Us) / 1_000,
                                     maxMs: Double(point.latencyMaxUs) / 1_000)
            return StoredConsumerPoint(consumer: names[consumer], periodStartS: series[consumer].startSeconds(ofPoint: local),
                                       records: point.records, maxIteratorAgeMs: point.maxIteratorAgeMs,
                                       maxMillisBehindLatest: point.maxMillisBehindLatest, latency: latency)
        }
    }
}
