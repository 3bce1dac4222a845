import Testing
@testable import SimKernel

/// Statistical sanity over 100k draws per sampler. Seeds are fixed, so these are deterministic;
/// tolerances sit at four or more standard errors, so a correct sampler passes for any seed and
/// a wrong scale, shift or bias fails.
struct SamplerStatisticsTests {
    static let drawCount = 100_000

    static func draws(seed: UInt64, _ draw: (inout SimRandom) -> Double) -> [Double] {
        var random = SimRandom(seed: seed)
        return (0..<drawCount).map { _ in draw(&random) }
    }

    static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }

    static func standardDeviation(_ values: [Double]) -> Double {
        let center = mean(values)
        return (values.reduce(0) { $0 + ($1 - center) * ($1 - center) } / Double(values.count - 1)).squareRoot()
    }

    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    /// Pearson's chi-square statistic of observed bucket counts against equal expectation.
    static func chiSquare(_ counts: [Int]) -> Double {
        let expected = Double(counts.reduce(0, +)) / Double(counts.count)
        return counts.reduce(0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
    }

    @Test func unitDoubleMeanAndRange() {
        let values = Self.draws(seed: 1) { $0.unitDouble() }
        #expect(values.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(abs(Self.mean(values) - 0.5) < 0.005)
        #expect(abs(Self.standardDeviation(values) - (1.0 / 12).squareRoot()) < 0.005)
    }

    @Test func exponentialMeanWithinTwoPercent() {
        let values = Self.draws(seed: 2) { $0.exponential(mean: 250) }
        #expect(values.allSatisfy { $0 >= 0 && $0.isFinite })
        #expect(abs(Self.mean(values) / 250 - 1) < 0.02)
        // The median of an exponential is mean · ln 2.
        #expect(abs(Self.median(values) / (250 * 0.6931471805599453) - 1) < 0.02)
    }

    @Test func standardNormalMomentsAndTails() {
        let values = Self.draws(seed: 3) { $0.standardNormal() }
        #expect(abs(Self.mean(values)) < 0.015)
        #expect(abs(Self.standardDeviation(values) - 1) < 0.01)
        // P(|Z| > 1.96) = 5%: the tails have the right weight, not just the variance.
        let tails = values.filter { abs($0) > 1.959963984540054 }.count
        #expect(abs(Double(tails) / Double(Self.drawCount) - 0.05) < 0.003)
    }

    @Test func normalMeanAndDeviation() {
        let values = Self.draws(seed: 4) { $0.normal(mean: -40, deviation: 7) }
        #expect(abs(Self.mean(values) + 40) < 0.1)
        #expect(abs(Self.standardDeviation(values) / 7 - 1) < 0.01)
    }

    @Test func lognormalMedianIsExpMu() {
        let values = Self.draws(seed: 5) { $0.lognormal(mu: 3, sigma: 0.8) }
        #expect(values.allSatisfy { $0 > 0 })
        #expect(abs(Self.median(values) / SimMath.exp(3) - 1) < 0.015)
        // The log of a lognormal draw is normal(mu, sigma).
        let logs = values.map(SimMath.log)
        #expect(abs(Self.mean(logs) - 3) < 0.01)
        #expect(abs(Self.standardDeviation(logs) / 0.8 - 1) < 0.01)
    }

    @Test func chanceFrequency() {
        var random = SimRandom(seed: 6)
        let hits = (0..<Self.drawCount).filter { _ in random.chance(0.3) }.count
        #expect(abs(Double(hits) / Double(Self.drawCount) - 0.3) < 0.006)
    }

    /// Ten buckets of `bounded(10)`: chi-square with 9 degrees of freedom stays below 27.88
    /// (the 0.1% critical value).
    @Test func boundedIsUniformAcrossBuckets() {
        var random = SimRandom(seed: 7)
        var counts = [Int](repeating: 0, count: 10)
        for _ in 0..<Self.drawCount { counts[Int(random.bounded(10))] += 1 }
        #expect(Self.chiSquare(counts) < 27.88)
    }

    /// With bound 3·2^62, `next() % bound` would put half of all draws in the lowest third;
    /// an unbiased method puts a third in each (chi-square, 2 degrees of freedom, 0.1%: 13.82).
    @Test func boundedIsUnbiasedForHugeBounds() {
        var random = SimRandom(seed: 8)
        let third: UInt64 = 1 << 62
        var counts = [0, 0, 0]
        for _ in 0..<Self.drawCount {
            let value = random.bounded(3 * third)
            #expect(value < 3 * third)
            counts[Int(value / third)] += 1
        }
        #expect(Self.chiSquare(counts) < 13.82)
    }

    @Test func uniformMeanAndBounds() {
        let values = Self.draws(seed: 9) { $0.uniform(-5, 10) }
        #expect(values.allSatisfy { $0 >= -5 && $0 <= 10 })
        #expect(abs(Self.mean(values) - 2.5) < 0.07)
    }
}
