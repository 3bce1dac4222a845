import Testing
@testable import SimKernel

/// Sampling durations from scenario distributions.
struct DistributionTests {
    static func samples(_ distribution: Distribution, count: Int = 100_000, seed: UInt64 = 11) -> [Int64] {
        var random = SimRandom(seed: seed)
        return (0..<count).map { _ in distribution.sample(&random).nanoseconds }
    }

    @Test func constantIsConstantAndDrawsNothing() {
        var random = SimRandom(seed: 1)
        let untouched = random
        for _ in 0..<10 { #expect(Distribution.constant(.milliseconds(7)).sample(&random) == .milliseconds(7)) }
        var a = random
        var b = untouched
        #expect(a.next() == b.next())
    }

    @Test func uniformHitsBothInclusiveBoundsAndNothingElse() {
        let low = SimDuration.milliseconds(5).nanoseconds
        let values = Self.samples(.uniform(min: .nanoseconds(low), max: .nanoseconds(low + 3)), count: 2_000)
        #expect(Set(values) == [low, low + 1, low + 2, low + 3])
    }

    @Test func uniformMeanIsMidpoint() {
        let values = Self.samples(.uniform(min: .milliseconds(10), max: .milliseconds(30)))
        #expect(values.allSatisfy { $0 >= 10_000_000 && $0 <= 30_000_000 })
        let mean = Double(values.reduce(0, +)) / Double(values.count)
        #expect(abs(mean / 20_000_000 - 1) < 0.005)
    }

    @Test func uniformWithEqualBoundsIsThatValue() {
        #expect(Set(Self.samples(.uniform(min: .seconds(2), max: .seconds(2)), count: 10)) == [2_000_000_000])
    }

    @Test func exponentialMean() {
        let values = Self.samples(.exponential(mean: .milliseconds(40)))
        #expect(values.allSatisfy { $0 >= 0 })
        let mean = Double(values.reduce(0, +)) / Double(values.count)
        #expect(abs(mean / 40_000_000 - 1) < 0.02)
    }

    @Test func lognormalShapeFromMedianAndP99() {
        let shape = Distribution.LogNormal(median: .milliseconds(20), p99: .milliseconds(150))
        #expect(shape.mu.ulpDistance(to: SimMath.log(20_000_000)) == 0)
        // sigma = ln(150/20) / z99 = 2.0149030205422647 / 2.326347874040841
        #expect(abs(shape.sigma - 0.8661228370125067) < 1e-15)
    }

    @Test func lognormalEmpiricalMedianAndP99() {
        let shape = Distribution.LogNormal(median: .milliseconds(20), p99: .milliseconds(150))
        let values = Self.samples(.lognormal(shape)).sorted()
        let median = Double(values[values.count / 2])
        let p99 = Double(values[values.count * 99 / 100])
        #expect(abs(median / 20_000_000 - 1) < 0.02)
        #expect(abs(p99 / 150_000_000 - 1) < 0.04)
        #expect(values.first! > 0)
    }

    @Test func lognormalWithEqualMedianAndP99IsConstant() {
        let shape = Distribution.LogNormal(median: .milliseconds(3), p99: .milliseconds(3))
        #expect(shape.sigma == 0)
        #expect(Set(Self.samples(.lognormal(shape), count: 100)) == [3_000_000])
    }

    /// Golden values: the durations a run would schedule for seed 42.
    @Test func samplesArePinned() {
        let shape = Distribution.LogNormal(median: .milliseconds(20), p99: .milliseconds(150))
        #expect(Self.samples(.lognormal(shape), count: 6, seed: 42)
                == [10_662_547, 24_232_259, 29_897_260, 71_833_120, 47_876_659, 48_687_540])
        #expect(Self.samples(.uniform(min: .milliseconds(1), max: .milliseconds(3)), count: 6, seed: 42)
                == [1_167_726, 1_757_960, 2_360_087, 2_849_386, 2_983_608, 2_539_479])
        #expect(Self.samples(.exponential(mean: .milliseconds(5)), count: 6, seed: 42)
                == [437_947, 2_381_962, 5_697_850, 12_930_907, 24_020_493, 7_342_719])
    }

    @Test func durationRoundsAndClamps() {
        #expect(Distribution.duration(2.5) == .nanoseconds(3))
        #expect(Distribution.duration(-7) == .zero)
        #expect(Distribution.duration(.infinity) == .nanoseconds(1_000_000_000_000_000_000))
    }

    @Test func descriptionAndIsZero() {
        let shape = Distribution.LogNormal(median: .milliseconds(20), p99: .milliseconds(150))
        #expect(Distribution.constant(.milliseconds(250)).description == "250ms")
        #expect(Distribution.uniform(min: .milliseconds(1), max: .seconds(2)).description == "uniform(1ms, 2s)")
        #expect(Distribution.exponential(mean: .seconds(90)).description == "exponential(mean 1m30s)")
        #expect(Distribution.lognormal(shape).description == "lognormal(median 20ms, p99 150ms)")
        #expect(Distribution.constant(.zero).isZero)
        #expect(!Distribution.constant(.nanoseconds(1)).isZero)
        #expect(!Distribution.uniform(min: .zero, max: .zero).isZero)
    }
}
