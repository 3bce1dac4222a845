import Testing
import SimKernel
@testable import StreamModel

/// `stream.autoscaling`: thresholds held for N periods, reset on a dip, cooldown, ½× down,
/// RS9 refusals counted and not retried blindly.
struct AutoscalerTests {
    /// Feeds an autoscaler period after period and carries out what it decides, as the world would.
    struct Driver {
        var autoscaler: Autoscaler
        var gate = UpdateShardCountGate(mode: .provisioned)
        var openShards: Int
        var now = SimTime.zero

        init(openShards: Int, policy: AutoscalingPolicy = AutoscalingPolicy()) {
            autoscaler = Autoscaler(policy: policy, limits: StreamLimits())
            self.openShards = openShards
        }

        /// Records per period at `millionths` of the open shards' capacity (default limits: 1,000 records/s).
        func total(atMillionths millionths: Int64) -> Int64 {
            let capacity = 1_000 * Int64(openShards) * autoscaler.policy.period.nanoseconds / 1_000_000_000
            return capacity * millionths / 1_000_000
        }

        /// One period with `total` records; an accepted decision is admitted and applied.
        mutating func period(total: Int64) -> ScalingDecision? {
            now = now + autoscaler.policy.period
            let decision = autoscaler.endOfPeriod(total: total, openShards: openShards, gate: gate, now: now)
            if let decision, decision.refusal == nil {
                #expect(throws: Never.self) { try gate.admit(target: decision.to, openShards: openShards, now: now).get() }
                openShards = decision.to
            }
            return decision
        }

        mutating func period(atMillionths millionths: Int64) -> ScalingDecision? {
            period(total: total(atMillionths: millionths))
        }
    }

    @Test func scalesUpAfterTheThresholdHoldsForTheGivenPeriods() throws {
        var driver = Driver(openShards: 4)
        #expect(driver.period(atMillionths: 700_000) == nil)
        let outcome = driver.period(atMillionths: 700_000)
        let decision = try #require(outcome)
        #expect((decision.time, decision.direction, decision.from, decision.to) == (.zero + .minutes(2), .up, 4, 8))
        #expect(decision.utilization.millionths == 700_000 && decision.refusal == nil)
        #expect(decision.description == "2m: scale up 4 → 8 shards (IncomingRecords at 70% ≥ 70% for 2 periods)")
        #expect(driver.openShards == 8)
    }

    @Test func oneRecordBelowTheThresholdIsNotABreach() {
        var driver = Driver(openShards: 4)
        let justBelow = driver.total(atMillionths: 700_000) - 1  // 167,999 of 240,000 records
        #expect(driver.period(total: justBelow) == nil)
        #expect(driver.period(total: justBelow) == nil)
        #expect(driver.autoscaler.highPeriods == 0)
    }

    @Test func aDipResetsTheStreak() {
        var driver = Driver(openShards: 4, policy: AutoscalingPolicy(periods: 3))
        #expect(driver.period(atMillionths: 900_000) == nil)
        #expect(driver.period(atMillionths: 900_000) == nil)
        #expect(driver.period(atMillionths: 600_000) == nil)  // between the thresholds
        #expect(driver.autoscaler.highPeriods == 0)
        #expect(driver.period(atMillionths: 900_000) == nil)
        #expect(driver.period(atMillionths: 900_000) == nil)
        #expect(driver.period(atMillionths: 900_000)?.to == 8)
    }

    @Test func nothingHappensWithinTheCooldownAndActsExactlyWhenItEnds() {
        var driver = Driver(openShards: 4, policy: AutoscalingPolicy(periods: 1, cooldown: .minutes(3)))
        #expect(driver.period(atMillionths: 800_000)?.to == 8)  // at 1m
        #expect(driver.period(atMillionths: 800_000) == nil)  // 2m: 1m after the action
        #expect(driver.period(atMillionths: 800_000) == nil)  // 3m
        let decision = driver.period(atMillionths: 800_000)  // 4m: exactly the cooldown later
        #expect(decision?.from == 8 && decision?.to == 16)
    }

    @Test(arguments: [(open: 8, target: 4), (open: 5, target: 3), (open: 2, target: 1)])
    func scalesDownToHalfRoundedUp(open: Int, target: Int) throws {
        var driver = Driver(openShards: open)
        #expect(driver.period(atMillionths: 500_000) == nil)  // exactly at scaleDownAt counts
        let outcome = driver.period(atMillionths: 100_000)
        let decision = try #require(outcome)
        #expect((decision.direction, decision.from, decision.to) == (.down, open, target))
        #expect(decision.utilization.millionths == 100_000)
    }

    @Test func noProposalAtOneShardOrAtTheShardLimit() {
        var low = Driver(openShards: 1, policy: AutoscalingPolicy(periods: 1))
        #expect(low.period(total: 0) == nil)
        var high = Driver(openShards: 10_000, policy: AutoscalingPolicy(periods: 1))
        #expect(high.period(atMillionths: 1_000_000) == nil)
        var near = Driver(openShards: 6_000, policy: AutoscalingPolicy(periods: 1))
        #expect(near.period(atMillionths: 1_000_000)?.to == 10_000)
    }

    @Test func test_RS9_aRefusedProposalIsCountedAndNotRetriedBeforeTheLimitAllows() throws {
        var driver = Driver(openShards: 4, policy: AutoscalingPolicy(periods: 1, period: .hours(1), cooldown: .zero))
        // Ten scalings within the first ten hours, alternating up and down.
        for hour in 0..<10 {
            let decision = driver.period(atMillionths: hour % 2 == 0 ? 900_000 : 100_000)
            #expect(decision?.refusal == nil && decision != nil, "hour \(hour + 1)")
        }
        let outcome = driver.period(atMillionths: 900_000)  // 11h
        let refused = try #require(outcome)
        #expect(refused.refusal == .tooManyScalings(limit: 10, window: .hours(24), retryAt: .zero + .hours(25)))
        #expect(refused.description.hasSuffix("— refused: LimitExceededException: more than 10 scalings in a rolling 1d (next allowed at 1d1h)"))
        #expect(driver.autoscaler.refusals == 1 && driver.openShards == 4)
        for hour in 12...24 { #expect(driver.period(atMillionths: 900_000) == nil, "hour \(hour): still refused") }
        #expect(driver.autoscaler.refusals == 1)
        let retry = driver.period(atMillionths: 900_000)  // 25h: the first scaling left the window
        let retried = try #require(retry)
        #expect(retried.refusal == nil && retried.to == 8)
    }

    @Test func incomingBytesIsMeasuredAgainstTheByteLimit() throws {
        let policy = AutoscalingPolicy(metric: .incomingBytes, periods: 1, period: .seconds(10))
        var autoscaler = Autoscaler(policy: policy, limits: StreamLimits())
        let capacity: Int64 = 1_048_576 * 10 * 2  // 10 s of 2 shards
        let gate = UpdateShardCountGate(mode: .provisioned)
        #expect(autoscaler.endOfPeriod(total: capacity * 7 / 10 - 1, openShards: 2, gate: gate, now: .zero + .seconds(10)) == nil)
        let outcome = autoscaler.endOfPeriod(total: capacity * 7 / 10 + 1, openShards: 2, gate: gate, now: .zero + .seconds(20))
        let decision = try #require(outcome)
        #expect(decision.to == 4 && decision.metric == .incomingBytes)
    }

    /// The world must call once per period: a skipped period is a wiring bug, not a quiet period.
    @Test func aSkippedPeriodStops() async {
        await #expect(processExitsWith: .failure) {
            var autoscaler = Autoscaler(policy: AutoscalingPolicy(), limits: StreamLimits())
            let gate = UpdateShardCountGate(mode: .provisioned)
            _ = autoscaler.endOfPeriod(total: 0, openShards: 1, gate: gate, now: .zero + .minutes(1))
            _ = autoscaler.endOfPeriod(total: 0, openShards: 1, gate: gate, now: .zero + .minutes(3))
        }
    }

    @Test func thresholdsAreReadToMillionths() {
        let autoscaler = Autoscaler(policy: AutoscalingPolicy(scaleUpAt: 0.7, scaleDownAt: 0.1 + 0.2), limits: StreamLimits())
        #expect(autoscaler.scaleUpAtMillionths == 700_000)
        #expect(autoscaler.scaleDownAtMillionths == 300_000)  // 0.1 + 0.2 = 0.30000000000000004
    }

    @Test func utilizationComparesExactly() {
        // 1 record over 3 s of 1 shard at 1 record/s: exactly 1/3.
        let third = Utilization(total: 1, perShardPerSecond: 1, period: .seconds(3), openShards: 1)
        #expect(third.isAtLeast(millionths: 333_333) && !third.isAtLeast(millionths: 333_334))
        #expect(third.isAtMost(millionths: 333_334) && !third.isAtMost(millionths: 333_333))
        #expect(third.description == "33.3333%")
        #expect(Utilization(total: 5, perShardPerSecond: 10, period: .seconds(1), openShards: 1).description == "50%")
        #expect(Utilization.percentText(millionths: 734_000) == "73.4%")
        #expect(Utilization.percentText(millionths: 1_000) == "0.1%")
    }
}
