@testable import AnalyticsModel
import SimKernel
import Testing

@Suite("Random cut forest")
struct RandomCutForestTests {
    /// The Kinesis Data Analytics temperature demo: readings uniform in 10–20 °C, 1% of them
    /// uniform in 100–120 °C; `isAnomaly` marks the latter.
    static func temperatures(count: Int, seed: UInt64) -> [(value: Double, isAnomaly: Bool)] {
        var random = SimRandom(seed: seed)
        return (0..<count).map { _ in
            random.chance(0.01) ? (random.uniform(100, 120), true) : (random.uniform(10, 20), false)
        }
    }

    static func scores(of values: [Double], config: RandomCutForestConfig = .init(), seed: UInt64) -> [Double] {
        var forest = RandomCutForest(config: config, random: SimRandom(seed: seed))
        return values.map { forest.scoreThenUpdate($0) }
    }

    @Test("the defaults are Kinesis Data Analytics'")
    func kinesisDefaults() {
        let config = RandomCutForestConfig()
        #expect(config.trees == 100)
        #expect(config.sampleSize == 256)
        #expect(config.timeDecay == 1.0 / 100_000)
        #expect(config.outputAfter == 64)
    }

    @Test("the same seed gives bit-identical scores, another seed other scores")
    func determinism() {
        let values = Self.temperatures(count: 1_000, seed: 7).map(\.value)
        let first = Self.scores(of: values, seed: 42).map(\.bitPattern)
        let again = Self.scores(of: values, seed: 42).map(\.bitPattern)
        let other = Self.scores(of: values, seed: 43).map(\.bitPattern)
        #expect(first == again)
        #expect(first != other)
    }

    @Test("scores are 0 until the forest has seen outputAfter points")
    func warmUp() {
        let scores = Self.scores(of: Self.temperatures(count: 100, seed: 3).map(\.value), seed: 1)
        #expect(scores.prefix(64).allSatisfy { $0 == 0 })
        #expect(scores.dropFirst(64).allSatisfy { $0 > 0 })
    }

    /// Observed with seeds 1–10 over 6,000 readings: inliers average about 0.77 and stay below
    /// 2.0; anomalies average 3–4 and stay above 2.2, so 2.0 separates them.
    @Test("the temperature demo: inliers score near 1, anomalies above the threshold 2")
    func temperatureDemo() {
        let readings = Self.temperatures(count: 6_000, seed: 11)
        let scores = Self.scores(of: readings.map(\.value), seed: 5)
        let scored = zip(readings, scores).dropFirst(64)
        let inliers = scored.filter { !$0.0.isAnomaly }.map(\.1)
        let anomalies = scored.filter { $0.0.isAnomaly }.map(\.1)
        let threshold = 2.0
        let flagged = scored.filter { $0.1 > threshold }
        let truePositives = flagged.filter { $0.0.isAnomaly }.count
        let recall = Double(truePositives) / Double(anomalies.count)
        let precision = Double(truePositives) / Double(flagged.count)

        #expect(anomalies.count >= 40)
        #expect((0.5...1.5).contains(mean(inliers)), "mean inlier score \(mean(inliers))")
        #expect(mean(anomalies) > 2, "mean anomaly score \(mean(anomalies))")
        #expect(recall >= 0.9, "recall \(recall) at \(threshold)")
        #expect(precision >= 0.8, "precision \(precision) at \(threshold)")
    }

    @Test("a value outside a near-constant stream scores near log2(sampleSize + 1)")
    func isolatedPoint() {
        var random = SimRandom(seed: 9)
        var forest = RandomCutForest(config: .init(), random: SimRandom(seed: 2))
        for _ in 0..<2_000 {
            _ = forest.scoreThenUpdate(10 + random.uniform(0, 0.01))
        }
        let inlier = forest.scoreThenUpdate(10.005)
        let outlier = forest.scoreThenUpdate(50)
        #expect(inlier < 1.5, "inlier \(inlier)")
        #expect(outlier > 4, "isolated point \(outlier)")
    }

    /// With one value repeated, every tree is a single leaf of mass 256 at depth 0: an unseen
    /// value scores `1 / (0 + 1)`, normalised by `log2(257)`; the repeated value scores
    /// `damp / log2(257)` normalised by `log2(257)`, and the damping `1 − 256 / 512` halves it.
    @Test("after a constant stream: the constant scores 1/2, any other value log2(257)")
    func constantStream() {
        var forest = RandomCutForest(config: .init(), random: SimRandom(seed: 4))
        for _ in 0..<1_000 {
            _ = forest.scoreThenUpdate(21.5)
        }
        #expect(forest.anomalyScore(of: 21.5) == 0.5)
        let log2Of257 = SimMath.log(257) / SimMath.log(2)
        #expect(abs(forest.anomalyScore(of: 21.6) - log2Of257) < 1e-12)
        forest.checkInvariants()
    }

    @Test("each full sampler holds sampleSize points, time decay favours recent ones", arguments: [0.001, 0])
    func sampler(timeDecay: Double) {
        let count = 10_000
        let config = RandomCutForestConfig(trees: 4, sampleSize: 64, timeDecay: timeDecay)
        var forest = RandomCutForest(config: config, random: SimRandom(seed: 8))
        var random = SimRandom(seed: 15)
        for _ in 0..<count {
            _ = forest.scoreThenUpdate(random.uniform(0, 1))
        }
        for member in forest.members {
            #expect(member.sampler.entries.count == 64)
            #expect(member.tree.mass == 64)
        }
        // Kept with probability ∝ e^(λ·i): ages are about exponential with mean 1/λ (here 1,000,
        // the stream being 10/λ long); with λ = 0 they are uniform over the stream, mean count/2.
        // Over 256 sampled points either mean is within about 3 standard errors of the bounds.
        let ages = forest.members.flatMap { $0.sampler.entries.map { Double(count - 1 - $0.sequenceIndex) } }
        let expected = timeDecay > 0 ? (0.75 / timeDecay)...(1.3 / timeDecay) : (0.4 * Double(count))...(0.6 * Double(count))
        #expect(expected.contains(mean(ages)), "mean age \(mean(ages)) with λ = \(timeDecay)")
    }

    @Test("invariants hold through evictions, including of duplicated values")
    func invariantsWithDuplicates() {
        let config = RandomCutForestConfig(trees: 8, sampleSize: 32, timeDecay: 0.01)
        var forest = RandomCutForest(config: config, random: SimRandom(seed: 12))
        var random = SimRandom(seed: 13)
        for index in 0..<3_000 {
            // Runs of few distinct values (many duplicates) alternate with continuous values.
            let value = index / 500 % 2 == 0 ? Double(random.bounded(6)) : random.uniform(-5, 5)
            _ = forest.scoreThenUpdate(value)
            forest.checkInvariants()
        }
        #expect(forest.pointsSeen == 3_000)
        #expect(forest.members.allSatisfy { $0.tree.mass == 32 })
    }

    func mean(_ values: [Double]) -> Double {
        values.reduce(0, +) / Double(values.count)
    }
}
