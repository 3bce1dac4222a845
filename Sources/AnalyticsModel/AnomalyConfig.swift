/// The scoring method of an anomaly operator (`consumers[].analytics[].detector`).
public enum AnomalyDetector: String, CaseIterable, Sendable {
    /// Per-device exponentially weighted mean and variance; the score is |z|.
    case zscore
    /// A random cut forest per device kind, with Kinesis Data Analytics' defaults.
    case rcf
}

/// One anomaly-detection operator as a scenario declares it (`type: "anomaly"`).
public struct AnomalyConfig: Sendable {
    public var detector: AnomalyDetector
    /// The score at or above which a reading is flagged.
    public var threshold: Double

    public init(detector: AnomalyDetector = .zscore, threshold: Double = 3.0) {
        self.detector = detector
        self.threshold = threshold
    }
}
