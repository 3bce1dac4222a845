import SimKernel

/// A record's sequence number: unique within its shard, increasing in acceptance order (S1–S3),
/// and comparable across shards, so that PutRecord's `SequenceNumberForOrdering` can be honoured
/// whichever shard the next record goes to (P8).
///
/// It orders by `(millis, shard, offset)`. `millis` is the record's arrival millisecond, raised
/// only where P8 demands it (`ShardSequencing`); `offset` is the record's dense position in its
/// shard. Within a shard arrival times never decrease, so the order is acceptance order; across
/// shards it is arrival order to the millisecond, which is what AWS promises without an ordering
/// number ("coarsely ordered based on arrival time"). The external form mimics Kinesis: a long
/// decimal that sorts numerically in that same order and jumps with the time between writes
/// (S2: not contiguous): `49` · millis (15 digits) · shard (12) · offset (20).
public struct SequenceNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The arrival millisecond, or a later one where P8 required it.
    public var millis: Int64
    public var shard: Int
    public var offset: UInt64

    public init(millis: Int64, shard: Int, offset: UInt64) {
        self.millis = millis
        self.shard = shard
        self.offset = offset
    }

    public static func < (a: SequenceNumber, b: SequenceNumber) -> Bool {
        (a.millis, a.shard, a.offset) < (b.millis, b.shard, b.offset)
    }

    public var description: String {
        "49" + Self.padded(UInt64(millis), 15) + Self.padded(UInt64(shard), 12) + Self.padded(offset, 20)
    }

    static func padded(_ value: UInt64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
