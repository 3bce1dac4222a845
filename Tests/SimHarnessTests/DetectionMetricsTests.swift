import Metrics
import SimKernel
import Telemetry
import Testing

/// Flags scored against the ground truth: the confusion counts, precision, recall and F1 with
/// their zero-division rule, per kind, and the delay of true positives only.
struct DetectionMetricsTests {
    func reading(_ kind: DeviceKind, anomaly: Bool, emittedAtMs: Int64 = 0) -> Reading {
        Reading(id: ReadingID(device: 0, sequence: 0), gateway: 0, kind: kind, isAnomaly: anomaly, payloadBytes: 50,
                emittedAt: .zero + .milliseconds(emittedAtMs), value: 0)
    }

    @Test func precisionRecallAndF1FollowTheConfusionCounts() {
        var metrics = DetectionMetrics(operatorIndex: 2)
        let now = SimTime.zero + .seconds(1)
        // 3 true positives, 1 false positive, 2 false negatives, 4 true negatives.
        for _ in 0..<3 { metrics.record(flagged: true, reading: reading(.cpu, anomaly: true, emittedAtMs: 800), now: now) }
        metrics.record(flagged: true, reading: reading(.cpu, anomaly: false), now: now)
        for _ in 0..<2 { metrics.record(flagged: false, reading: reading(.gps, anomaly: true), now: now) }
        for _ in 0..<4 { metrics.record(flagged: false, reading: reading(.gps, anomaly: false), now: now) }
        let overall = metrics.overall
        #expect((overall.truePositives, overall.falsePositives, overall.falseNegatives, overall.trueNegatives) == (3, 1, 2, 4))
        #expect(overall.precision == 0.75 && overall.recall == 0.6)
        #expect(abs(overall.f1 - 2 * 0.75 * 0.6 / 1.35) < 1e-12)
        #expect(metrics.byKind[Int(DeviceKind.cpu.rawValue)].precision == 0.75)
        #expect(metrics.byKind[Int(DeviceKind.gps.rawValue)].recall == 0)
        // Only true positives have a delay: emitted at 800 ms, flagged at 1 s.
        #expect(metrics.delay.count == 3)
        #expect(abs(metrics.delay.milliseconds(atPercentile: 50) - 200) < 0.5)
        #expect(metrics.delayByKind[Int(DeviceKind.cpu.rawValue)].count == 3)
        #expect(metrics.delayByKind[Int(DeviceKind.gps.rawValue)].count == 0)
    }

    @Test func undefinedRatiosAreZero() {
        var metrics = DetectionMetrics(operatorIndex: 0)
        #expect(metrics.overall.precision == 0 && metrics.overall.recall == 0 && metrics.overall.f1 == 0)
        metrics.record(flagged: false, reading: reading(.temperature, anomaly: false), now: .zero)
        #expect(metrics.overall.precision == 0 && metrics.overall.recall == 0 && metrics.overall.f1 == 0)
    }
}
