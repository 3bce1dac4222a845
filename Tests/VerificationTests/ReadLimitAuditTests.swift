import SimKernel
import Testing
import Verification

/// The read-limit audit (R1, R4, R4a), recomputed from the log of GetRecords calls: at most 5
/// successful calls in any `(t − 1 s, t]`, no success while the 2 MiB/s budget is overdrawn,
/// and no throttled call while both limits allowed it.
@Suite("Read limit audit")
struct ReadLimitAuditTests {
    static let shards = ["shardId-000000000000", "shardId-000000000001"]
    static let tenMiB: Int64 = 10_485_760

    func audit() -> ReadLimitAudit {
        ReadLimitAudit(shardIDs: Self.shards, callsPerSecond: 5, bytesPerSecond: 2_097_152)
    }

    func at(ns nanoseconds: Int64) -> SimTime { SimTime(nanoseconds: nanoseconds) }
    func at(ms milliseconds: Int64) -> SimTime { .zero + .milliseconds(milliseconds) }

    /// Five small successful calls on `shard` at 0, 100, …, 400 ms.
    func fiveCalls(shard: Int = 0, into audit: inout ReadLimitAudit) {
        for ms in [0, 100, 200, 300, 400] as [Int64] {
            audit.observeCall(shard: shard, now: at(ms: ms), throttled: false, bytes: 10)
        }
    }

    @Test func test_R1_fiveSuccessfulCallsWithinOneSecondHold() {
        var audit = audit()
        fiveCalls(into: &audit)
        let result = audit.result()
        #expect(result.name == "read-limits")
        #expect(result.holds)
    }

    @Test func test_R1_aSixthSuccessfulCallWithinTheSecondIsAViolation() {
        var audit = audit()
        fiveCalls(into: &audit)
        audit.observeCall(shard: 0, now: at(ns: 999_999_999), throttled: false, bytes: 10)
        let result = audit.result()
        #expect(result.violations == 1)
        #expect(result.firstViolation == "shardId-000000000000 served a GetRecords call at t=\(at(ns: 999_999_999)) "
                + "as the 6th successful call within one second")
    }

    @Test func test_R1_aSixthCallOneSecondAfterTheFirstHolds() {
        var audit = audit()
        fiveCalls(into: &audit)
        audit.observeCall(shard: 0, now: at(ms: 1_000), throttled: false, bytes: 10)
        #expect(audit.result().holds)
    }

    @Test func test_R1_callLimitsArePerShard() {
        var audit = audit()
        fiveCalls(shard: 0, into: &audit)
        audit.observeCall(shard: 1, now: at(ms: 500), throttled: false, bytes: 10)
        audit.observeCall(shard: 0, now: at(ms: 500), throttled: true, bytes: 0)
        #expect(audit.result().holds)
    }

    @Test func test_R1_aThrottledCallWhileBothLimitsAllowIsAViolation() {
        var audit = audit()
        fiveCalls(into: &audit)
        audit.observeCall(shard: 1, now: at(ms: 400), throttled: true, bytes: 0)
        let result = audit.result()
        #expect(result.violations == 1)
        #expect(result.firstViolation?.hasPrefix("shardId-000000000001 throttled a GetRecords call at t=\(at(ms: 400))") == true)
    }

    @Test func test_R1_aThrottledCallWithAFullWindowHolds() {
        var audit = audit()
        fiveCalls(into: &audit)
        audit.observeCall(shard: 0, now: at(ns: 999_999_999), throttled: true, bytes: 0)
        #expect(audit.result().holds)
    }

    /// 2 MiB − 10 MiB = −8 MiB, repaid at 2 MiB/s: the budget is negative until exactly 4 s.
    @Test func test_R4_aCallWithinTheOverdraftAfterATenMiBReadIsAViolation() {
        var audit = audit()
        audit.observeCall(shard: 0, now: .zero, throttled: false, bytes: Self.tenMiB)
        audit.observeCall(shard: 0, now: at(ms: 1_000), throttled: true, bytes: 0)
        audit.observeCall(shard: 0, now: at(ns: 3_999_999_999), throttled: false, bytes: 10)
        let result = audit.result()
        #expect(result.violations == 1)
        #expect(result.firstViolation == "shardId-000000000000 served a GetRecords call at t=\(at(ns: 3_999_999_999)) "
                + "while the read budget was overdrawn")
    }

    @Test func test_R4_aCallOnceTheOverdraftIsRepaidHolds() {
        var audit = audit()
        audit.observeCall(shard: 0, now: .zero, throttled: false, bytes: Self.tenMiB)
        audit.observeCall(shard: 0, now: at(ns: 3_999_999_999), throttled: true, bytes: 0)
        audit.observeCall(shard: 0, now: at(ms: 4_000), throttled: false, bytes: 10)
        #expect(audit.result().holds)
    }

    @Test func test_R4_aThrottledCallOnceTheOverdraftIsRepaidIsAViolation() {
        var audit = audit()
        audit.observeCall(shard: 0, now: .zero, throttled: false, bytes: Self.tenMiB)
        audit.observeCall(shard: 0, now: at(ms: 4_000), throttled: true, bytes: 0)
        #expect(audit.result().violations == 1)
    }

    /// A long idle period refills to one second's worth, not more: 2 MiB + 1 B after an hour
    /// still overdraws by a byte.
    @Test func test_R4a_theBudgetIsCappedAtOneSecond() {
        var audit = audit()
        audit.observeCall(shard: 0, now: at(ms: 3_600_000), throttled: false, bytes: 2_097_153)
        audit.observeCall(shard: 0, now: at(ms: 3_600_000), throttled: false, bytes: 10)
        #expect(audit.result().violations == 1)
    }

    @Test func test_RS10_anAddedShardIsAuditedUnderItsOwnId() {
        var audit = audit()
        audit.observeCall(shard: 0, now: .zero, throttled: false, bytes: Self.tenMiB)
        audit.addShard(id: "shardId-000000000002", now: at(ms: 1_000))
        audit.observeCall(shard: 2, now: at(ms: 1_000), throttled: false, bytes: Self.tenMiB)
        #expect(audit.result().holds)
        audit.observeCall(shard: 2, now: at(ms: 2_000), throttled: false, bytes: 10)
        #expect(audit.result().firstViolation?.hasPrefix("shardId-000000000002 served") == true)
    }
}
