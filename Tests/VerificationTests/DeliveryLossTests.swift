import Testing
import Verification

/// Loss accounting in the at-least-once check (§6, T1): records retention took from a consumer
/// before it read them are neither skipped nor undelivered, later deliveries continue after
/// them, and shards opened by a reshard are checked like the others.
@Suite("Delivery check: retention loss")
struct DeliveryLossTests {
    static let shards = ["shardId-000000000000", "shardId-000000000001"]
    static let consumers = ["dashboard", "archiver"]

    func check() -> DeliveryCheck { DeliveryCheck(consumerNames: Self.consumers, shardIDs: Self.shards) }

    func deliver(_ offsets: [UInt64], consumer: Int = 0, shard: Int = 0, to check: inout DeliveryCheck) {
        for offset in offsets { check.observeDelivery(consumer: consumer, shard: shard, offset: offset) }
    }

    /// Offsets 0–1 delivered, 2–4 lost, 5–6 delivered.
    @Test func test_T1_deliveriesAfterALossHoldAndLostRecordsAreNotUndelivered() {
        var check = check()
        deliver([0, 1], to: &check)
        check.observePassedOver(consumer: 0, shard: 0, offsets: 2..<5)
        deliver([5, 6], to: &check)
        #expect(check.verify(readPositions: [[7, 0], [0, 0]]).holds)
        #expect(check.redeliveries == [0, 0])
        #expect(check.undelivered(consumer: 0, acceptedPerShard: [7, 0]) == 0)
        #expect(check.undelivered(consumer: 0, acceptedPerShard: [9, 0]) == 2)
    }

    @Test func test_T1_aLossAtTheStartIsNotUndelivered() {
        var check = check()
        check.observePassedOver(consumer: 1, shard: 1, offsets: 0..<4)
        #expect(check.undelivered(consumer: 1, acceptedPerShard: [0, 4]) == 0)
        #expect(check.undelivered(consumer: 0, acceptedPerShard: [0, 4]) == 4)
        #expect(check.verify(readPositions: [[0, 0], [0, 4]]).holds)
    }

    /// Offset 5 arrived ahead of 1–4, which were then lost: the prefix runs through 5.
    @Test func test_T1_aLossJoinsRecordsDeliveredAhead() {
        var check = check()
        deliver([0, 5], to: &check)
        check.observePassedOver(consumer: 0, shard: 0, offsets: 1..<5)
        #expect(check.verify(readPositions: [[6, 0], [0, 0]]).holds)
        #expect(check.undelivered(consumer: 0, acceptedPerShard: [6, 0]) == 0)
        let again = check.observeDelivery(consumer: 0, shard: 0, offset: 5)
        let next = check.observeDelivery(consumer: 0, shard: 0, offset: 6)
        #expect(!again && next)
        #expect(check.redeliveries == [1, 0])
    }

    @Test func test_T1_aLossIsChargedToOneConsumerOnly() {
        var check = check()
        check.observePassedOver(consumer: 0, shard: 0, offsets: 0..<3)
        let result = check.verify(readPositions: [[3, 0], [3, 0]])
        #expect(result.violations == 1)
        #expect(result.firstViolation == "consumer archiver read past 3 records of shardId-000000000000 without "
                + "processing them (first missing offset 0)")
    }

    @Test func test_RS10_anAddedShardIsCheckedForEveryConsumer() {
        var check = check()
        check.addShard(id: "shardId-000000000002")
        deliver([0, 1], consumer: 0, shard: 2, to: &check)
        check.observePassedOver(consumer: 1, shard: 2, offsets: 0..<1)
        deliver([1], consumer: 1, shard: 2, to: &check)
        #expect(check.verify(readPositions: [[0, 0, 2], [0, 0, 2]]).holds)
        #expect(check.undelivered(consumer: 1, acceptedPerShard: [0, 0, 3]) == 1)
        let result = check.verify(readPositions: [[0, 0, 3], [0, 0, 2]])
        #expect(result.firstViolation == "consumer dashboard read past 1 records of shardId-000000000002 without "
                + "processing them (first missing offset 2)")
    }

    /// A consumer that skipped offset 3 (delivered 0–2 and 4, read to 5), then lost 5–6 to
    /// retention and processed 7: one record was skipped, at offset 3, and none is undelivered
    /// but that one.
    @Test func test_T1_aLossAfterASkippedRecordStillReportsTheSkip() {
        var check = check()
        deliver([0, 1, 2, 4], to: &check)
        check.observePassedOver(consumer: 0, shard: 0, offsets: 5..<7)
        deliver([7], to: &check)
        let result = check.verify(readPositions: [[8, 0], [0, 0]])
        #expect(result.violations == 1)
        #expect(result.firstViolation == "consumer dashboard read past 1 records of shardId-000000000000 without "
                + "processing them (first missing offset 3)")
        #expect(check.undelivered(consumer: 0, acceptedPerShard: [8, 0]) == 1)
    }

    /// An AT_TIMESTAMP consumer's skipped records are passed over from offset 0, on every read:
    /// repeating it changes nothing, and what it processes after them completes the shard.
    @Test func test_R6_recordsSkippedBeforeAnAtTimestampStartAreNotOwedAndRepeatingSaysNothingNew() {
        var check = check()
        for _ in 0..<3 { check.observePassedOver(consumer: 0, shard: 0, offsets: 0..<4) }
        deliver([4, 5], to: &check)
        check.observePassedOver(consumer: 0, shard: 0, offsets: 0..<4)
        #expect(check.verify(readPositions: [[6, 0], [0, 0]]).holds)
        #expect(check.undelivered(consumer: 0, acceptedPerShard: [6, 0]) == 0)
        #expect(check.redeliveries == [0, 0])
    }
}
