import SimKernel

/// A record's sequence number: unique within its shard and increasing in acceptance order
/// (S1–S3).
///
/// Internally it is the record's dense offset in the shard. The external form mimics Kinesis:
/// a long decimal that sorts numerically, jumps with the time between writes (S2: not
/// contiguous) and embeds the shard: `49` · shard (12 digits) · arrival ms (15) · offset (20).
public struct SequenceNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var shard: Int
    public var offset: UInt64
    public var arrivalMillis: Int64

    public init(shard: Int, offset: UInt64, arrivalMillis: Int64) {
        self.shard = shard
        self.offset = offset
        self.arrivalMillis = arrivalMillis
    }

    public static func < (a: SequenceNumber, b: SequenceNumber) -> Bool {
        (a.shard, a.offset) < (b.shard, b.offset)
    }

    public var description: String {
        "49" + Self.padded(UInt64(shard), 12) + Self.padded(UInt64(arrivalMillis), 15) + Self.padded(offset, 20)
    }

    static func padded(_ value: UInt64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
