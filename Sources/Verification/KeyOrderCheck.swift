/// Per-partition-key order at each consumer, across reshards (S5, RS6): a consumer processes
/// each key's records in the order the stream accepted them.
///
/// Within a shard that is sequence order; across a reshard a key's records in the parent were
/// all accepted before any of its records in a child, so a consumer that reads a child before
/// draining the parent (`reshardOrder: "immediate"`) processes newer records of a key before
/// older ones, and this checker names the key and the two sequence numbers. A record's place in
/// key's order is its `KeyOrderStamp`. Redeliveries are left out (at-least-once allows
/// them; `DeliveryCheck` counts them).
/// Memory: O(consumers × keys), one flat array (this runs once per delivery); keys are dense
/// indexes (device, gateway, or one constant key).
public struct KeyOrderCheck: Sendable {
    /// `last[consumer × keyCount + key]`: the stamp of the key's record processed last
    /// (`KeyOrderStamp.none` before the first).
    var last: [KeyOrderStamp]
    let keyCount: Int
    var log = ViolationLog()
    public private(set) var violationsPerConsumer: [UInt64]
    let consumerNames: [String]

    public init(consumerNames: [String], keyCount: Int) {
        self.consumerNames = consumerNames
        self.keyCount = keyCount
        last = Array(repeating: .none, count: keyCount * consumerNames.count)
        violationsPerConsumer = Array(repeating: 0, count: consumerNames.count)
    }

    /// Notes that `consumer` processed a record of key `key`. Out of order, it returns the stamp
    /// of the newer record processed before; the caller then names both in `recordViolation`.
    public mutating func observeDelivery(consumer: Int, key: Int, stamp: KeyOrderStamp) -> KeyOrderStamp? {
        let slot = consumer * keyCount + key
        if stamp < last[slot] { return last[slot] }
        last[slot] = stamp
        return nil
    }

    /// Whether the next violation's message is kept (`ViolationLog.keptMessages`): the world builds
    /// the sequence numbers for those only.
    public var wantsMessage: Bool { log.wantsMessage }

    /// Counts a violation; `records` (key and both sequence numbers) is built for the first few only.
    public mutating func recordViolation(consumer: Int, records: @autoclosure () -> String) {
        violationsPerConsumer[consumer] += 1
        log.record("consumer \(consumerNames[consumer]) processed \(records()): the key's newer record came first "
                   + "(a child read before its parent was drained)")
    }

    public func result() -> InvariantResult { log.result(named: "key-order") }
}

/// A record's place in a key's order: its sequence number (S2, P8), which orders by millisecond,
/// then shard number, then offset. A key's records reach a child only after its parents closed,
/// and a child's number is above its parents' (RS10), so across a reshard too this is the order
/// the stream accepted them in.
public struct KeyOrderStamp: Comparable, Sendable {
    /// The sequence number's millisecond component.
    public var millis: Int64
    public var shard: Int32
    public var offset: UInt64

    public init(millis: Int64, shard: Int32, offset: UInt64) {
        self.millis = millis
        self.shard = shard
        self.offset = offset
    }

    /// Before every record.
    static let none = KeyOrderStamp(millis: .min, shard: .min, offset: 0)

    public static func < (a: KeyOrderStamp, b: KeyOrderStamp) -> Bool {
        (a.millis, a.shard, a.offset) < (b.millis, b.shard, b.offset)
    }
}
