import Testing
import Verification

/// Per-key order across reshards (S5, RS6): a record processed after a newer record of the same
/// key is reported with that newer stamp; a key's order is its sequence numbers' (millisecond,
/// then shard, then offset);
/// violations are counted per consumer and the first message is kept.
@Suite("Key order check")
struct KeyOrderCheckTests {
    static let consumers = ["dashboard", "archiver"]

    func stamp(_ millis: Int64, shard: Int32 = 0, offset: UInt64 = 0) -> KeyOrderStamp {
        KeyOrderStamp(millis: millis, shard: shard, offset: offset)
    }

    func check() -> KeyOrderCheck { KeyOrderCheck(consumerNames: Self.consumers, keyCount: 2) }

    @Test func test_S5_keyOrderStampOrdersByMillisecondFirst() {
        #expect(stamp(1, shard: 9, offset: 9) < stamp(2, shard: 0, offset: 0))
        #expect(!(stamp(2, shard: 0, offset: 0) < stamp(1, shard: 9, offset: 9)))
    }

    @Test func test_S5_keyOrderStampOrdersBySameMillisecondThenShard() {
        #expect(stamp(5, shard: 1, offset: 9) < stamp(5, shard: 2, offset: 0))
        #expect(!(stamp(5, shard: 2, offset: 0) < stamp(5, shard: 1, offset: 9)))
    }

    @Test func test_S5_keyOrderStampOrdersBySameMillisecondAndShardThenOffset() {
        #expect(stamp(5, shard: 1, offset: 3) < stamp(5, shard: 1, offset: 4))
        #expect(!(stamp(5, shard: 1, offset: 4) < stamp(5, shard: 1, offset: 4)))
    }

    @Test func test_S5_inOrderDeliveriesReturnNil() {
        var check = check()
        for next in [stamp(1), stamp(2, shard: 0, offset: 1), stamp(2, shard: 3, offset: 0), stamp(3, shard: 3, offset: 1)] {
            #expect(check.observeDelivery(consumer: 0, key: 0, stamp: next) == nil)
        }
        #expect(check.result().holds)
    }

    @Test func test_RS6_anOlderRecordAfterANewerOneReturnsTheNewerStamp() {
        var check = check()
        let parent = stamp(10, shard: 0, offset: 4)
        let child = stamp(10, shard: 1, offset: 0)
        #expect(check.observeDelivery(consumer: 0, key: 1, stamp: child) == nil)
        #expect(check.observeDelivery(consumer: 0, key: 1, stamp: parent) == child)
    }

    /// The key's high-water mark stays at the newest record processed, so a record between the
    /// two is still out of order.
    @Test func test_RS6_aViolationKeepsTheNewestStampAsReference() {
        var check = check()
        _ = check.observeDelivery(consumer: 0, key: 0, stamp: stamp(30))
        #expect(check.observeDelivery(consumer: 0, key: 0, stamp: stamp(10)) == stamp(30))
        #expect(check.observeDelivery(consumer: 0, key: 0, stamp: stamp(20)) == stamp(30))
        #expect(check.observeDelivery(consumer: 0, key: 0, stamp: stamp(31)) == nil)
    }

    @Test func test_S5_aRedeliveryOfTheSameRecordIsNotOutOfOrder() {
        var check = check()
        _ = check.observeDelivery(consumer: 0, key: 0, stamp: stamp(30, shard: 2, offset: 7))
        #expect(check.observeDelivery(consumer: 0, key: 0, stamp: stamp(30, shard: 2, offset: 7)) == nil)
    }

    @Test func test_S5_keysAndConsumersAreCheckedIndependently() {
        var check = check()
        _ = check.observeDelivery(consumer: 0, key: 0, stamp: stamp(30))
        #expect(check.observeDelivery(consumer: 0, key: 1, stamp: stamp(10)) == nil)
        #expect(check.observeDelivery(consumer: 1, key: 0, stamp: stamp(10)) == nil)
    }

    @Test func test_RS6_violationsAreCountedPerConsumerAndTheFirstMessagesAreKept() {
        var check = check()
        var built = 0
        func describe(_ text: String) -> String {
            built += 1
            return text
        }
        check.recordViolation(consumer: 1, records: describe("key d1 record 5 of shardId-000000000000 after 0 of shardId-000000000001"))
        check.recordViolation(consumer: 0, records: describe("second"))
        check.recordViolation(consumer: 1, records: describe("third"))
        #expect(check.violationsPerConsumer == [1, 2])
        let result = check.result()
        #expect(result.name == "key-order")
        #expect(result.violations == 3)
        #expect(result.firstViolation == "consumer archiver processed key d1 record 5 of shardId-000000000000 after 0 of "
                + "shardId-000000000001: the key's newer record came first (a child read before its parent was drained)")
        #expect(result.messages.count == 3)
        #expect(result.messages[1].hasPrefix("consumer dashboard processed second: "))
        #expect(built == 3)
        for _ in 0..<20 { check.recordViolation(consumer: 0, records: describe("later")) }
        #expect(check.result().violations == 23)
        #expect(check.result().messages.count == ViolationLog.keptMessages)
        #expect(built == ViolationLog.keptMessages, "messages past the kept ones must not be built")
    }
}
