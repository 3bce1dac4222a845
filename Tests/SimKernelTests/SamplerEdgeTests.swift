import Testing
@testable import SimKernel

/// Samplers at the extreme outputs of the generator: all-zero and all-one 64-bit words.
struct SamplerEdgeTests {
    @Test func forcingHelperWorks() {
        for output: UInt64 in [0, 1, 0xDEAD_BEEF, .max] {
            var random = SimRandom.forcingNextOutput(output)
            #expect(random.next() == output)
        }
    }

    @Test func unitDoubleSpansZeroToJustBelowOne() {
        var lowest = SimRandom.forcingNextOutput(0)
        var highest = SimRandom.forcingNextOutput(.max)
        #expect(lowest.unitDouble() == 0)
        #expect(highest.unitDouble() == 1 - 0x1.0p-53)
    }

    @Test func chanceZeroNeverAndOneAlways() {
        var lowest = SimRandom.forcingNextOutput(0)
        var highest = SimRandom.forcingNextOutput(.max)
        let zeroAtLowest = lowest.chance(0)
        let oneAtHighest = highest.chance(1)
        #expect(!zeroAtLowest)
        #expect(oneAtHighest)
    }

    @Test func exponentialIsFiniteAndNonNegativeAtBothEnds() {
        var lowest = SimRandom.forcingNextOutput(0)
        var highest = SimRandom.forcingNextOutput(.max)
        #expect(lowest.exponential(mean: 3).magnitude == 0)
        // 1 − u = 2^-53 exactly, so the draw is 53·ln2 times the mean.
        let largest = highest.exponential(mean: 1)
        #expect(largest == -SimMath.log(0x1.0p-53))
        #expect(largest.ulpDistance(to: 53 * 0.6931471805599453) <= 1)
    }

    @Test func boundedReachesBothEnds() {
        var lowest = SimRandom.forcingNextOutput(0)
        var highest = SimRandom.forcingNextOutput(.max)
        #expect(lowest.bounded(16) == 0)
        #expect(highest.bounded(10) == 9)
    }

    /// Output 0 lands in the biased sliver (`low < 2^64 mod 10`), so Lemire's method rejects it
    /// and the result comes from the next output.
    @Test func boundedRejectsTheBiasedSliver() {
        var random = SimRandom.forcingNextOutput(0)
        var lookahead = random
        _ = lookahead.next()
        let second = lookahead.next()
        #expect(random.bounded(10) == second.multipliedFullWidth(by: 10).high)
    }

    /// `lower + span · u` can round up to `upper` when `lower` is large next to the span
    /// (documented on `uniform`): 3 + (1 − 2^-53) rounds to 4. It never goes beyond.
    @Test func uniformSpansClosedBounds() {
        var lowest = SimRandom.forcingNextOutput(0)
        #expect(lowest.uniform(-5, 10) == -5)
        var highest = SimRandom.forcingNextOutput(.max)
        #expect(highest.uniform(-5, 10) == 10 - 0x1.0p-49)
        highest = SimRandom.forcingNextOutput(.max)
        #expect(highest.uniform(3, 4) == 4)
    }
}
