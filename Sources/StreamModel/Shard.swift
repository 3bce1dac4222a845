import DequeModule
import SimKernel

/// A record as a shard keeps it: arrival time, size and the producer's payload.
///
/// The record's sequence number is its position (offset) in the shard, so it is not stored.
public struct StoredRecord<Payload> {
    /// Acceptance time (`ApproximateArrivalTimestamp` before truncation to ms).
    public var arrival: SimTime
    /// Data plus partition key, in bytes: what the throughput limits count.
    public var bytes: Int64
    public var payload: Payload

    @inlinable
    public init(arrival: SimTime, bytes: Int64, payload: Payload) {
        self.arrival = arrival
        self.bytes = bytes
        self.payload = payload
    }
}

/// Lifecycle of a shard (RS4). Only OPEN shards accept writes.
public enum ShardState: Sendable { case open, closed }

/// One shard: its hash range, its records, and the limiters that throttle its writes and reads.
///
/// Records are kept in a ring (`Deque`) from the oldest any reader still needs to the newest;
/// memory follows the slowest reader's lag, not the number of records ever written.
public struct Shard<Payload> {
    public let index: Int
    public var range: HashKeyRange
    public var state: ShardState = .open
    @usableFromInline var records: Deque<StoredRecord<Payload>> = []
    /// Offset of the oldest record still kept.
    public internal(set) var firstOffset: UInt64 = 0
    @usableFromInline var writes: WriteLimiter
    /// Where PutRecord raised the millisecond component of sequence numbers (P8).
    var sequencing = ShardSequencing()
    @usableFromInline var readCalls: ReadCallWindow
    @usableFromInline var readBucket: TokenBucket
    @usableFromInline var latestArrival: SimTime = .zero
    /// Arrival time of the newest record (for `MillisBehindLatest`).
    public var newestArrival: SimTime { latestArrival }

    public init(index: Int, range: HashKeyRange, limits: StreamLimits) {
        self.index = index
        self.range = range
        writes = WriteLimiter(limits: limits)
        readCalls = ReadCallWindow(limit: limits.readCallsPerSecond)
        readBucket = TokenBucket(ratePerSecond: limits.readBytesPerSecond)
    }

    /// `shardId-000000000000` style, numbered from zero (H5).
    public var id: String { Self.id(index: index) }

    public static func id(index: Int) -> String {
        let digits = String(index)
        return "shardId-" + String(repeating: "0", count: max(0, 12 - digits.count)) + digits
    }

    /// Offset the next accepted record will get.
    @inlinable
    public var nextOffset: UInt64 { firstOffset + UInt64(records.count) }

    /// Number of records kept.
    public var retainedCount: Int { records.count }

    /// The record at `offset`.
    /// - Precondition: `firstOffset <= offset < nextOffset`.
    @inlinable
    public func record(at offset: UInt64) -> StoredRecord<Payload> {
        precondition(offset >= firstOffset && offset < nextOffset,
                     "shard \(index): offset \(offset) outside kept records [\(firstOffset), \(nextOffset))")
        return records[Int(offset - firstOffset)]
    }

    /// Drops every record below `offset`: all readers have moved past them.
    mutating func trim(below offset: UInt64) {
        let count = Int(min(offset, nextOffset) - min(firstOffset, offset))
        guard count > 0 else { return }
        records.removeFirst(count)
        firstOffset += UInt64(count)
        sequencing.forget(below: firstOffset)
    }
}
