import Metrics
import SimHarness
import Telemetry

/// Anomaly detection's keys: each anomaly operator's flags against the injected ground truth,
/// overall and per device kind, and the run-level `anomalies.*` figures of the first one.
extension SummaryMetrics {
    /// Percentiles of the detection delay (reading emitted → flagged) the summary reports.
    static let delayPercentiles: [(label: String, percentile: Double)] = [("p50", 50), ("p95", 95)]

    /// `anomalies.{detected,precision,recall,f1,delay_ms.*}`: the first anomaly operator's, in
    /// consumer then analytics order (a scenario with several compares them per operator).
    static func anomalies(_ result: RunResult, into put: (String, Double) -> Void) {
        guard let first = result.metrics.consumers.lazy.flatMap(\.detections).first else { return }
        put("anomalies.detected", Double(first.overall.flagged))
        scores(first.overall, prefix: "anomalies.", into: put)
        delays(first.delay, prefix: "anomalies.", into: put)
    }

    /// `consumers.<name>.operators.<i>.anomalies.*` for each of the consumer's anomaly operators.
    static func detections(_ metrics: ConsumerMetrics, prefix: String, into put: (String, Double) -> Void) {
        for detection in metrics.detections {
            let operatorPrefix = prefix + "operators.\(detection.operatorIndex).anomalies."
            put(operatorPrefix + "flagged", Double(detection.overall.flagged))
            put(operatorPrefix + "true_positives", Double(detection.overall.truePositives))
            put(operatorPrefix + "false_positives", Double(detection.overall.falsePositives))
            put(operatorPrefix + "false_negatives", Double(detection.overall.falseNegatives))
            scores(detection.overall, prefix: operatorPrefix, into: put)
            delays(detection.delay, prefix: operatorPrefix, into: put)
            for kind in DeviceKind.allCases {
                let tally = detection.byKind[Int(kind.rawValue)]
                guard tally.anomalies + tally.flagged + tally.trueNegatives > 0 else { continue }
                let kindPrefix = operatorPrefix + "by_kind.\(kind)."
                put(kindPrefix + "anomalies", Double(tally.anomalies))
                put(kindPrefix + "flagged", Double(tally.flagged))
                scores(tally, prefix: kindPrefix, into: put)
                delays(detection.delayByKind[Int(kind.rawValue)], prefix: kindPrefix, into: put)
            }
        }
    }

    /// Detection delays (true positives: reading emitted → flagged).
    static func delays(_ delay: LatencyHistogram, prefix: String, into put: (String, Double) -> Void) {
        for (label, percentile) in delayPercentiles {
            put(prefix + "delay_ms.\(label)", delay.milliseconds(atPercentile: percentile))
        }
        put(prefix + "delay_ms.max", delay.maxMilliseconds)
    }

    static func scores(_ tally: DetectionTally, prefix: String, into put: (String, Double) -> Void) {
        put(prefix + "precision", tally.precision)
        put(prefix + "recall", tally.recall)
        put(prefix + "f1", tally.f1)
    }
}
