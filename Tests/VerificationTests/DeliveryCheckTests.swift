import Testing
import Verification

/// At-least-once: a consumer processes every record it read; a record it read past without
/// processing is reported at the end, records arriving out of order still count once, and
/// re-deliveries are counted but are not violations. Records never read are liveness's concern.
@Suite("Delivery check")
struct DeliveryCheckTests {
    static let shards = ["shardId-000000000000", "shardId-000000000001"]
    static let consumers = ["dashboard", "archiver"]

    func deliver(_ offsets: [UInt64], consumer: Int = 0, shard: Int = 0, to check: inout DeliveryCheck) {
        for offset in offsets {
            check.observeDelivery(consumer: consumer, shard: shard, offset: offset)
        }
    }

    @Test func everyRecordToEveryConsumerHolds() {
        var check = DeliveryCheck(consumerNames: Self.consumers, shardIDs: Self.shards)
        for consumer in 0..<2 {
            deliver([0, 1, 2], consumer: consumer, shard: 0, to: &check)
            deliver([0, 1], consumer: consumer, shard: 1, to: &check)
        }
        let result = check.verify(readPositions: [[3, 2], [3, 2]])
        #expect(result.name == "at-least-once")
        #expect(result.holds)
        #expect(check.redeliveries == [0, 0])
    }

    @Test func aGapIsReportedWithItsFirstMissingOffset() {
        var check = DeliveryCheck(consumerNames: Self.consumers, shardIDs: Self.shards)
        deliver([0, 1, 2, 3, 4, 5], consumer: 0, shard: 1, to: &check)
        deliver([0, 1, 4, 5], consumer: 1, shard: 1, to: &check)
        let result = check.verify(readPositions: [[0, 6], [0, 6]])
        #expect(result.violations == 1)
        #expect(result.firstViolation == "consumer archiver read past 2 records of shardId-000000000001 without "
                + "processing them (first missing offset 2)")
        #expect(check.undelivered(consumer: 1, acceptedPerShard: [0, 6]) == 2)
        #expect(check.undelivered(consumer: 0, acceptedPerShard: [0, 6]) == 0)
    }

    @Test func recordsReadButNotProcessedAreReportedAtVerify() {
        var check = DeliveryCheck(consumerNames: Self.consumers, shardIDs: Self.shards)
        deliver([0, 1], consumer: 0, shard: 0, to: &check)
        deliver([0, 1, 2, 3, 4], consumer: 1, shard: 0, to: &check)
        let result = check.verify(readPositions: [[5, 0], [5, 0]])
        #expect(result.violations == 1)
        #expect(result.firstViolation == "consumer dashboard read past 3 records of shardId-000000000000 without "
                + "processing them (first missing offset 2)")
    }

    @Test func recordsNotYetReadAreNotAtLeastOnceViolations() {
        var check = DeliveryCheck(consumerNames: Self.consumers, shardIDs: Self.shards)
        deliver([0, 1], consumer: 0, shard: 0, to: &check)
        #expect(check.verify(readPositions: [[2, 0], [0, 0]]).holds)
        #expect(check.undelivered(consumer: 0, acceptedPerShard: [5, 1]) == 4)
        #expect(check.undelivered(consumer: 1, acceptedPerShard: [5, 1]) == 6)
    }

    @Test func redeliveriesAreCountedNotViolations() {
        var check = DeliveryCheck(consumerNames: Self.consumers, shardIDs: Self.shards)
        deliver([0, 1, 2, 1, 2, 3], consumer: 1, shard: 0, to: &check)
        deliver([0, 0], consumer: 0, shard: 0, to: &check)
        deliver([1, 2, 3], consumer: 0, shard: 0, to: &check)
        #expect(check.redeliveries == [1, 2])
        #expect(check.verify(readPositions: [[4, 0], [4, 0]]).holds)
    }

    @Test func aRecordDeliveredLateButOnceIsNeitherSkippedNorRedelivered() {
        var check = DeliveryCheck(consumerNames: Self.consumers, shardIDs: Self.shards)
        deliver([0, 2, 1, 3], consumer: 0, shard: 0, to: &check)
        deliver([0, 3, 3], consumer: 1, shard: 1, to: &check)
        #expect(check.redeliveries == [0, 1])
        deliver([1, 2], consumer: 1, shard: 1, to: &check)
        deliver([0, 1, 2, 3], consumer: 1, shard: 0, to: &check)
        deliver([0, 1, 2, 3], consumer: 0, shard: 1, to: &check)
        #expect(check.redeliveries == [0, 1])
        #expect(check.verify(readPositions: [[4, 4], [4, 4]]).holds)
    }
}
