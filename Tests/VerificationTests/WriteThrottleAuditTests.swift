import SimKernel
import Testing
import Verification

/// The write-throttle audit, recomputed from accepted and rejected records: at most
/// `capacity + rate·interval` accepted in any interval, and no rejection with room to spare.
@Suite("Write throttle audit")
struct WriteThrottleAuditTests {
    static let shards = ["shardId-000000000000", "shardId-000000000001"]

    /// 5 records/s (one record refills every 200 ms); bytes generous unless a test says otherwise.
    func audit(recordsPerSecond: Int64 = 5, bytesPerSecond: Int64 = 1_048_576) -> WriteThrottleAudit {
        WriteThrottleAudit(shardIDs: Self.shards, model: .tokenBucket, recordsPerSecond: recordsPerSecond,
                           bytesPerSecond: bytesPerSecond)
    }

    func at(_ milliseconds: Int64) -> SimTime { .zero + .milliseconds(milliseconds) }

    func accept(_ count: Int, shard: Int = 0, bytes: Int64 = 100, at now: SimTime, into audit: inout WriteThrottleAudit) {
        for _ in 0..<count { audit.observeAccepted(shard: shard, bytes: bytes, now: now) }
    }

    @Test func exactlyCapacityInOneInstantHolds() {
        var audit = audit()
        accept(5, at: .zero, into: &audit)
        let result = audit.result()
        #expect(result.name == "write-throttle")
        #expect(result.holds)
    }

    @Test func oneMoreThanCapacityInOneInstantIsOverAdmission() {
        var audit = audit()
        accept(6, at: at(0), into: &audit)
        let result = audit.result()
        #expect(result.violations == 1)
        #expect(result.firstViolation == "shardId-000000000000 over-admitted at t=0s: a record of 100 B pushed the accepted "
                + "load past capacity + rate × interval (records excess 5, bytes excess 500 before it)")
    }

    @Test func aRejectionWhenFullIsCorrect() {
        var audit = audit()
        accept(5, at: at(0), into: &audit)
        audit.observeRejected(shard: 0, bytes: 100, now: at(0))
        audit.observeRejected(shard: 0, bytes: 100, now: at(199))
        #expect(audit.result().holds)
    }

    @Test func aRejectionWithCapacityAvailableFires() {
        var audit = audit()
        accept(2, at: at(0), into: &audit)
        audit.observeRejected(shard: 0, bytes: 100, now: at(0))
        let result = audit.result()
        #expect(result.violations == 1)
        #expect(result.firstViolation == "shardId-000000000000 rejected a record of 100 B at t=0s although accepting it "
                + "kept every interval within capacity + rate × interval")
    }

    @Test func capacityRefillsAtTheRateAfterABurst() {
        var audit = audit()
        accept(5, at: at(0), into: &audit)
        // One record's worth is back only after a full 200 ms.
        audit.observeRejected(shard: 0, bytes: 100, now: at(199))
        accept(1, at: at(200), into: &audit)
        audit.observeRejected(shard: 0, bytes: 100, now: at(200))
        #expect(audit.result().holds)
    }

    @Test func acceptingBeforeTheRefillIsOverAdmission() {
        var audit = audit()
        accept(5, at: at(0), into: &audit)
        accept(1, at: at(199), into: &audit)
        #expect(audit.result().violations == 1)
        #expect(audit.result().firstViolation?.contains("over-admitted at t=199ms") == true)
    }

    @Test func aRejectionAfterThePartialRefillFires() {
        var audit = audit()
        accept(5, at: at(0), into: &audit)
        audit.observeRejected(shard: 0, bytes: 100, now: at(200))
        #expect(audit.result().firstViolation?.contains("rejected a record of 100 B at t=200ms") == true)
    }

    @Test func afterAnIdleSecondTheWholeCapacityIsBack() {
        var audit = audit()
        accept(5, at: at(0), into: &audit)
        accept(5, at: at(1_000), into: &audit)
        audit.observeRejected(shard: 0, bytes: 100, now: at(1_000))
        accept(5, at: at(60_000), into: &audit)
        #expect(audit.result().holds)
        accept(1, at: at(60_000), into: &audit)
        #expect(audit.result().violations == 1)
    }

    @Test func aSteadyLoadAtTheRateHoldsForever() {
        var audit = audit()
        for step in 0..<100 { accept(1, at: at(Int64(step) * 200), into: &audit) }
        #expect(audit.result().holds)
    }

    @Test func shardsAreAuditedSeparately() {
        var audit = audit()
        accept(5, shard: 0, at: at(0), into: &audit)
        accept(5, shard: 1, at: at(0), into: &audit)
        #expect(audit.result().holds)
        audit.observeRejected(shard: 1, bytes: 100, now: at(0))
        #expect(audit.result().holds)
        accept(1, shard: 1, at: at(0), into: &audit)
        #expect(audit.result().firstViolation?.hasPrefix("shardId-000000000001 over-admitted") == true)
    }

    @Test func bytesOverAdmissionFiresWithRecordsToSpare() {
        var audit = audit(recordsPerSecond: 1_000, bytesPerSecond: 1_000)
        accept(1, bytes: 600, at: at(0), into: &audit)
        accept(1, bytes: 400, at: at(0), into: &audit)
        #expect(audit.result().holds)
        accept(1, bytes: 1, at: at(0), into: &audit)
        let result = audit.result()
        #expect(result.violations == 1)
        #expect(result.firstViolation?.contains("a record of 1 B") == true)
        #expect(result.firstViolation?.contains("records excess 2, bytes excess 1000 before it") == true)
    }

    @Test func bytesRejectionIsJudgedOnTheRecordsSize() {
        var audit = audit(recordsPerSecond: 1_000, bytesPerSecond: 1_000)
        accept(1, bytes: 600, at: at(0), into: &audit)
        // 400 B left: 500 B does not fit, so rejecting it is right.
        audit.observeRejected(shard: 0, bytes: 500, now: at(0))
        #expect(audit.result().holds)
        // 400 B does fit, so rejecting it is wrong.
        audit.observeRejected(shard: 0, bytes: 400, now: at(0))
        #expect(audit.result().firstViolation?.contains("rejected a record of 400 B at t=0s") == true)
    }

    @Test func bytesRefillAtTheirOwnRate() {
        var audit = audit(recordsPerSecond: 1_000, bytesPerSecond: 1_000)
        accept(1, bytes: 1_000, at: at(0), into: &audit)
        audit.observeRejected(shard: 0, bytes: 100, now: at(99))
        accept(1, bytes: 100, at: at(100), into: &audit)
        #expect(audit.result().holds)
    }
}
