import Testing
import SimKernel
import Telemetry
@testable import AnalyticsModel

/// The z-score detector's baselines: warm-up, scoring against an exponentially weighted mean and
/// variance, and winsorised learning that keeps a spike from widening the band.
struct ZScoreBaselinesTests {
    /// A device alternating between 9 and 11: mean 10, standard deviation about 1.
    func warmedUp(readings: Int = 200) -> ZScoreBaselines {
        var baselines = ZScoreBaselines()
        for index in 0..<readings {
            let value = index.isMultiple(of: 2) ? 9.0 : 11.0
            _ = baselines.score(value, device: 3)
            baselines.learn(value, device: 3, clippedAt: 3)
        }
        return baselines
    }

    @Test func aDeviceScoresZeroUntilItsBaselineHasTwentyReadings() {
        var baselines = ZScoreBaselines()
        for index in 0..<Int(ZScoreBaselines.warmUpReadings) {
            #expect(baselines.score(index == 19 ? 1_000 : 10, device: 0) == 0)
            baselines.learn(10, device: 0, clippedAt: 3)
        }
        #expect(baselines.score(1_000, device: 0) == .infinity)
        #expect(baselines.score(10, device: 0) == 0)
    }

    @Test func aReadingScoresItsDistanceFromTheMeanInStandardDeviations() {
        var baselines = warmedUp()
        let mean = baselines.baselines[3].mean
        let deviation = baselines.baselines[3].variance.squareRoot()
        #expect(abs(mean - 10) < 0.2 && abs(deviation - 1) < 0.1, "mean \(mean), σ \(deviation)")
        #expect(abs(baselines.score(mean + 4 * deviation, device: 3) - 4) < 1e-9)
        #expect(abs(baselines.score(mean - 2 * deviation, device: 3) - 2) < 1e-9)
        // Devices are independent: another device has no baseline yet.
        #expect(baselines.score(50, device: 7) == 0)
    }

    @Test func aSpikeMovesTheMeanAsAReadingAtTheThresholdWouldAndLeavesTheBand() {
        var spiked = warmedUp()
        var atThreshold = spiked
        let before = spiked.baselines[3]
        let deviation = before.variance.squareRoot()
        spiked.learn(1_000, device: 3, clippedAt: 3)
        atThreshold.learn(before.mean + 3 * deviation, device: 3, clippedAt: 3)
        #expect(abs(spiked.baselines[3].mean - atThreshold.baselines[3].mean) < 1e-9)
        #expect(spiked.baselines[3].variance == before.variance)
        // The next normal reading is still scored against a narrow band, and so is a second spike.
        #expect(spiked.score(11, device: 3) < 2)
        #expect(spiked.score(1_000, device: 3) > 100)
    }

    @Test func aLevelShiftIsFollowedReadingByReading() {
        var baselines = warmedUp()
        var flaggedInARow = 0
        for step in 0..<300 {
            let value = step.isMultiple(of: 2) ? 29.0 : 31.0
            if baselines.score(value, device: 3) >= 3 { flaggedInARow = step + 1 }
            baselines.learn(value, device: 3, clippedAt: 3)
        }
        // Flagged at first, then learnt: the new level is normal after a few dozen readings.
        #expect(flaggedInARow > 0 && flaggedInARow < 100, "flagged until reading \(flaggedInARow)")
        #expect(abs(baselines.baselines[3].mean - 30) < 0.5)
    }

    @Test func theOperatorFlagsAtOrAboveItsThresholdAndCounts() {
        var detector = AnomalyOperator(config: AnomalyConfig(detector: .zscore, threshold: 3), random: SimRandom(seed: 1))
        var flags: [Bool] = []
        for index in 0..<100 {
            let value = index == 60 ? 500.0 : (index.isMultiple(of: 2) ? 9.0 : 11.0)
            let reading = Reading(id: ReadingID(device: 1, sequence: UInt32(index)), gateway: 0, kind: .temperature,
                                  isAnomaly: false, payloadBytes: 80, emittedAt: .zero, value: value)
            flags.append(detector.assess(reading))
        }
        #expect(flags.indices.filter { flags[$0] } == [60])
        #expect(detector.scored == 100 && detector.flagged == 1)
    }
}

/// The forest detector: one forest per device kind, seeded from the operator's substream.
struct ForestDetectorTests {
    func readings(_ kind: DeviceKind, count: Int, spikeEvery: Int, base: Double) -> [Reading] {
        (0..<count).map { index in
            let spike = index > 100 && index.isMultiple(of: spikeEvery)
            return Reading(id: ReadingID(device: UInt32(index % 3), sequence: UInt32(index)), gateway: 0, kind: kind,
                           isAnomaly: spike, payloadBytes: 80, emittedAt: .zero,
                           value: spike ? base * 10 : base + Double(index % 7))
        }
    }

    @Test func eachKindHasItsOwnForestAndTheFlagsReproduce() {
        let mixed = zip(readings(.temperature, count: 1_500, spikeEvery: 97, base: 15),
                        readings(.cpu, count: 1_500, spikeEvery: 89, base: 40)).flatMap { [$0, $1] }
        func flags(seed: UInt64) -> [Bool] {
            var detector = AnomalyOperator(config: AnomalyConfig(detector: .rcf), random: SimRandom(seed: seed))
            defer { detector.checkInvariants() }
            return mixed.map { detector.assess($0) }
        }
        let first = flags(seed: 3)
        #expect(first == flags(seed: 3))
        let truth = mixed.map(\.isAnomaly)
        let caught = zip(first, truth).filter { $0 && $1 }.count
        let falseAlarms = zip(first, truth).filter { $0 && !$1 }.count
        #expect(caught >= truth.filter { $0 }.count - 2 && falseAlarms == 0, "caught \(caught), false alarms \(falseAlarms)")
    }
}
