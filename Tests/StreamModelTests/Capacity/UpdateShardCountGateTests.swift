import Testing
import SimKernel
@testable import StreamModel

/// RS9: UpdateShardCount is provisioned only, at most 10 scalings per rolling 24 h, target in
/// [½×, 2×] of the open shards, at most 10,000 shards.
struct UpdateShardCountGateTests {
    typealias F = StreamFixture

    /// A provisioned gate that has accepted `count` scalings, one a minute from t = 0
    /// (alternating 4 → 8 and 8 → 4).
    static func gate(afterScalings count: Int) -> UpdateShardCountGate {
        var gate = UpdateShardCountGate(mode: .provisioned)
        for minute in 0..<Int64(count) {
            let outcome = gate.admit(target: minute % 2 == 0 ? 8 : 4, openShards: minute % 2 == 0 ? 4 : 8,
                                     now: F.at(s: minute * 60))
            #expect(throws: Never.self) { try outcome.get() }
        }
        return gate
    }

    @Test func test_RS9_tenthScalingWithin24hIsAccepted() throws {
        var gate = Self.gate(afterScalings: 9)
        let scaling = try gate.admit(target: 8, openShards: 4, now: F.at(s: 9 * 60)).get()
        #expect(scaling == UniformScaling(from: 4, target: 8))
        #expect(gate.acceptedAt.count == 10)
    }

    @Test func test_RS9_eleventhScalingWithin24hIsRefusedUntilTheFirstLeavesTheWindow() {
        var gate = Self.gate(afterScalings: 10)
        let justBefore = F.at(s: 24 * 3_600) - .nanoseconds(1)
        let outcome = gate.admit(target: 4, openShards: 8, now: justBefore)
        #expect(outcome == .failure(.tooManyScalings(limit: 10, window: .hours(24), retryAt: F.at(s: 24 * 3_600))))
        #expect(gate.acceptedAt.count == 10, "a refused call does not count")
        #expect("\(outcome.failureValue!)".hasPrefix("LimitExceededException: more than 10 scalings in a rolling 1d"))
    }

    @Test func test_RS9_eleventhScalingExactly24hAfterTheFirstIsAccepted() {
        var gate = Self.gate(afterScalings: 10)
        let outcome = gate.admit(target: 16, openShards: 8, now: F.at(s: 24 * 3_600))
        #expect(outcome == .success(UniformScaling(from: 8, target: 16)))
        #expect(gate.acceptedAt.count == 10, "the first scaling left the window")
        // The second scaling (t = 1 min) is still inside: a twelfth at 24 h + 59 s is refused.
        #expect(gate.check(target: 8, openShards: 16, now: F.at(s: 24 * 3_600 + 59)).failureValue?.retryAt
                == F.at(s: 24 * 3_600 + 60))
    }

    @Test(arguments: [1, 2, 5, 7, 4_999])
    func test_RS9_exactlyDoubleIsAcceptedAndOneMoreRefused(open: Int) {
        let gate = UpdateShardCountGate(mode: .provisioned)
        #expect(gate.check(target: 2 * open, openShards: open, now: .zero) == .success(UniformScaling(from: open, target: 2 * open)))
        #expect(gate.check(target: 2 * open + 1, openShards: open, now: .zero)
                == .failure(.aboveDouble(target: 2 * open + 1, openShards: open)))
    }

    /// Half is checked exactly: `2 × target ≥ open`. For an odd count, ⌈open/2⌉ is the smallest target.
    @Test(arguments: [(open: 8, smallest: 4), (open: 5, smallest: 3), (open: 1, smallest: 1), (open: 10_000, smallest: 5_000)])
    func test_RS9_halfIsTheLowestTarget(open: Int, smallest: Int) {
        let gate = UpdateShardCountGate(mode: .provisioned)
        #expect(gate.check(target: smallest, openShards: open, now: .zero).failureValue == nil)
        #expect(gate.check(target: smallest - 1, openShards: open, now: .zero)
                == .failure(.belowHalf(target: smallest - 1, openShards: open)))
        #expect(gate.limits.allowedTargets(openShards: open).lowerBound == smallest)
    }

    @Test func test_RS9_tenThousandShardsIsTheLimit() {
        let gate = UpdateShardCountGate(mode: .provisioned)
        #expect(gate.check(target: 10_000, openShards: 6_000, now: .zero).failureValue == nil)
        #expect(gate.check(target: 10_001, openShards: 6_000, now: .zero)
                == .failure(.aboveShardLimit(target: 10_001, limit: 10_000)))
        #expect(gate.limits.allowedTargets(openShards: 6_000) == 3_000...10_000)
        #expect(gate.limits.allowedTargets(openShards: 10_000) == 5_000...10_000)
    }

    @Test func test_RS9_onDemandStreamsRefuseUpdateShardCount() {
        var gate = UpdateShardCountGate(mode: .onDemand)
        let outcome = gate.admit(target: 8, openShards: 4, now: .zero)
        #expect(outcome == .failure(.onDemandStream))
        #expect("\(outcome.failureValue!)".hasPrefix("ValidationException"))
        #expect(gate.acceptedAt.isEmpty)
    }

    @Test func test_RS9_rateIsCheckedBeforeSize() {
        let gate = Self.gate(afterScalings: 10)
        #expect(gate.check(target: 1_000, openShards: 4, now: F.at(s: 3_600)).failureValue?.retryAt == F.at(s: 24 * 3_600))
    }

    @Test func test_RS9_uniformLayoutSplitsTheHashSpaceEvenly() throws {
        let scaling = try UpdateShardCountGate(mode: .provisioned).check(target: 3, openShards: 2, now: .zero).get()
        let ranges = scaling.ranges
        #expect(ranges.count == 3)
        #expect(ranges.first?.start == 0 && ranges.last?.end == .max)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.end + 1 == $1.start })
        #expect(ranges == HashKeyRange.evenSplit(count: 3))
    }
}

extension Result {
    /// The error, if this is a failure.
    var failureValue: Failure? {
        guard case .failure(let error) = self else { return nil }
        return error
    }
}
