import SimKernel
import Telemetry

/// An anomaly-detection operator: scores every reading its consumer processes and flags those
/// scoring at or above the threshold. It never sees the ground truth; the harness compares its
/// flags with the injected anomalies.
public struct AnomalyOperator: Sendable {
    public let config: AnomalyConfig
    /// Readings scored and readings flagged.
    public private(set) var scored: UInt64 = 0
    public private(set) var flagged: UInt64 = 0
    var zscore = ZScoreBaselines()

    public init(config: AnomalyConfig) {
        modelPrecondition(config.detector == .zscore, "detector \(config.detector) is not built into the world yet")
        self.config = config
    }

    /// Scores `reading`, learns from it, and says whether it is flagged.
    @inline(__always)
    public mutating func assess(_ reading: Reading) -> Bool {
        scored += 1
        let isFlagged = zscore.score(reading.value, device: reading.device) >= config.threshold
        zscore.learn(reading.value, device: reading.device, clippedAt: config.threshold)
        if isFlagged { flagged += 1 }
        return isFlagged
    }
}
