import SimKernel
import Telemetry

/// An anomaly-detection operator: scores every reading its consumer processes and flags those
/// scoring at or above the threshold. It never sees the ground truth; the harness compares its
/// flags with the injected anomalies.
///
/// `zscore` keeps a baseline per device (`ZScoreBaselines`). `rcf` keeps one random cut forest
/// per device kind, with Kinesis Data Analytics' defaults (`RandomCutForestConfig`): like KDA's
/// `RANDOM_CUT_FOREST` over a stream, it learns the values of all the devices it is fed, so
/// kinds with different units never share a forest. A forest costs about 100 trees × 256
/// points, so one per device would not scale to fleets.
public struct AnomalyOperator: Sendable {
    public let config: AnomalyConfig
    /// Readings scored and readings flagged.
    public private(set) var scored: UInt64 = 0
    public private(set) var flagged: UInt64 = 0
    var zscore = ZScoreBaselines()
    /// `rcf` only: a forest per `DeviceKind.rawValue`, made when its kind's first reading comes.
    var forests: [RandomCutForest?]
    /// Seeds each forest's substream.
    let random: SimRandom

    public init(config: AnomalyConfig, random: SimRandom) {
        self.config = config
        self.random = random
        forests = Array(repeating: nil, count: DeviceKind.allCases.count)
    }

    /// Scores `reading`, learns from it, and says whether it is flagged.
    @inline(__always)
    public mutating func assess(_ reading: Reading) -> Bool {
        scored += 1
        let isFlagged: Bool
        switch config.detector {
        case .zscore:
            isFlagged = zscore.score(reading.value, device: reading.device) >= config.threshold
            zscore.learn(reading.value, device: reading.device, clippedAt: config.threshold)
        case .rcf:
            isFlagged = forestScore(reading) >= config.threshold
        }
        if isFlagged { flagged += 1 }
        return isFlagged
    }

    /// The score of the reading's kind's forest, which then learns it.
    mutating func forestScore(_ reading: Reading) -> Double {
        let kind = Int(reading.kind.rawValue)
        if forests[kind] == nil {
            var seeds = random
            for _ in 0...kind { _ = seeds.next() }
            forests[kind] = RandomCutForest(config: RandomCutForestConfig(), random: SimRandom(seed: seeds.next()))
        }
        return forests[kind]!.scoreThenUpdate(reading.value)
    }

    /// Audits every forest's trees and samplers.
    public func checkInvariants() {
        for forest in forests { forest?.checkInvariants() }
    }
}
