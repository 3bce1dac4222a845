import SimKernel
import Telemetry

/// Flags compared with the ground truth, reading by reading: the confusion counts and the
/// scores derived from them (point-wise, not point-adjusted: analytics-iot-anchors §2.7).
public struct DetectionTally: Sendable, Equatable {
    public var truePositives: UInt64 = 0
    public var falsePositives: UInt64 = 0
    public var falseNegatives: UInt64 = 0
    public var trueNegatives: UInt64 = 0

    public init() {}

    mutating func record(flagged: Bool, isAnomaly: Bool) {
        switch (flagged, isAnomaly) {
        case (true, true): truePositives += 1
        case (true, false): falsePositives += 1
        case (false, true): falseNegatives += 1
        case (false, false): trueNegatives += 1
        }
    }

    /// Readings flagged.
    public var flagged: UInt64 { truePositives + falsePositives }
    /// Injected anomalies among the readings assessed.
    public var anomalies: UInt64 { truePositives + falseNegatives }
    /// Flags that are real anomalies; 0 when nothing was flagged (scikit-learn's zero_division=0).
    public var precision: Double { Self.ratio(truePositives, flagged) }
    /// Anomalies that were flagged; 0 when there were none.
    public var recall: Double { Self.ratio(truePositives, anomalies) }
    /// The harmonic mean of precision and recall; 0 when both are 0.
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    static func ratio(_ part: UInt64, _ whole: UInt64) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
}

/// How well one anomaly operator did: its flags against the injected anomalies, overall and per
/// device kind, and how long after a reading was emitted its flag came (true positives only).
public struct DetectionMetrics: Sendable {
    /// The operator's position in its consumer's `analytics` list.
    public let operatorIndex: Int
    public private(set) var overall = DetectionTally()
    /// Indexed by `DeviceKind.rawValue`.
    public private(set) var byKind = Array(repeating: DetectionTally(), count: DeviceKind.allCases.count)
    /// Reading emitted → flagged.
    public private(set) var delay = LatencyHistogram()
    /// The same, per `DeviceKind.rawValue`.
    public private(set) var delayByKind = Array(repeating: LatencyHistogram(), count: DeviceKind.allCases.count)

    public init(operatorIndex: Int) { self.operatorIndex = operatorIndex }

    /// One reading assessed at `now`.
    public mutating func record(flagged: Bool, reading: Reading, now: SimTime) {
        overall.record(flagged: flagged, isAnomaly: reading.isAnomaly)
        byKind[Int(reading.kind.rawValue)].record(flagged: flagged, isAnomaly: reading.isAnomaly)
        guard flagged && reading.isAnomaly else { return }
        delay.record(now - reading.emittedAt)
        delayByKind[Int(reading.kind.rawValue)].record(now - reading.emittedAt)
    }
}
