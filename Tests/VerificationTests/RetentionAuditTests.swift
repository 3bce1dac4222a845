import SimKernel
import Testing
import Verification

/// Retention audited from reads (T1, §6): a read may return a record of age exactly the
/// retention period, not one nanosecond older; violations name the shard, including one a
/// reshard added.
@Suite("Retention audit")
struct RetentionAuditTests {
    static let retention = SimDuration.hours(24)
    static let arrival = SimTime.zero + .seconds(5)

    func audit() -> RetentionAudit {
        RetentionAudit(retention: Self.retention, shardIDs: ["shardId-000000000000", "shardId-000000000001"])
    }

    @Test func test_T1_aReadAtExactlyRetentionHolds() {
        var audit = audit()
        audit.observeRead(arrival: Self.arrival, readAt: Self.arrival + Self.retention, shard: 0, offset: 0)
        audit.observeRead(arrival: Self.arrival, readAt: Self.arrival, shard: 1, offset: 0)
        let result = audit.result()
        #expect(result.name == "retention")
        #expect(result.holds)
    }

    @Test func test_T1_aReadOneNanosecondPastRetentionIsAViolation() {
        var audit = audit()
        let late = Self.arrival + Self.retention + .nanoseconds(1)
        audit.observeRead(arrival: Self.arrival, readAt: late, shard: 1, offset: 41)
        audit.observeRead(arrival: Self.arrival, readAt: late + .seconds(1), shard: 0, offset: 42)
        let result = audit.result()
        #expect(result.violations == 2)
        #expect(result.firstViolation == "a read at t=\(late) returned shardId-000000000001 offset 41, which arrived at "
                + "t=\(Self.arrival): older than the retention period \(Self.retention)")
    }

    @Test func test_T1_aViolationInAnAddedShardNamesIt() {
        var audit = audit()
        audit.addShard(id: "shardId-000000000002")
        audit.observeRead(arrival: .zero, readAt: .zero + Self.retention + .nanoseconds(1), shard: 2, offset: 0)
        #expect(audit.result().firstViolation?.contains("returned shardId-000000000002 offset 0") == true)
    }
}
