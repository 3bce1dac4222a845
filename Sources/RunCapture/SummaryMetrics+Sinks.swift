import Metrics
import ResultStore

/// Sink operators' keys: `consumers.<name>.operators.<i>.sink.*`.
extension SummaryMetrics {
    static func sinks(_ metrics: ConsumerMetrics, prefix: String, into put: (String, Double) -> Void) {
        for sink in metrics.sinks {
            let sinkPrefix = prefix + "operators.\(sink.operatorIndex).sink."
            put(sinkPrefix + "deliveries", Double(sink.deliveries))
            put(sinkPrefix + "objects", Double(sink.objects))
            put(sinkPrefix + "failed_attempts", Double(sink.failedAttempts))
            put(sinkPrefix + "records", Double(sink.records))
            put(sinkPrefix + "duplicate_records", Double(sink.duplicateRecords))
            put(sinkPrefix + "bytes", Double(sink.bytes))
            for (label, percentile) in LatencyPercentiles.all {
                put(sinkPrefix + "freshness_ms.\(label)", sink.freshness.milliseconds(atPercentile: percentile))
            }
            put(sinkPrefix + "freshness_ms.max", sink.freshness.maxMilliseconds)
        }
    }
}
