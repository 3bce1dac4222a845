import DequeModule
import SimKernel

/// A record as a shard keeps it: arrival time, size and the producer's payload.
///
/// The record's sequence number is its position (offset) in the shard, so it is not stored.
public struct StoredRecord<Payload> {
    /// Acceptance time (`ApproximateArrivalTimestamp` before truncation to ms).
    public var arrival: SimTime
    /// When readers can first see it: `arrival` plus the stream's visibility delay (§8).
    public var visibleAt: SimTime
    /// Data plus partition key, in bytes: what the throughput limits count.
    public var bytes: Int64
    public var payload: Payload

    @inlinable
    public init(arrival: SimTime, visibleAt: SimTime? = nil, bytes: Int64, payload: Payload) {
        self.arrival = arrival
        self.visibleAt = visibleAt ?? arrival
        self.bytes = bytes
        self.payload = payload
    }
}

/// Lifecycle of a shard (RS4): OPEN → CLOSED by a reshard (readable, no writes) → EXPIRED once
/// retention has passed since it closed (no records left; gone from listings, T4).
public enum ShardState: Sendable, CustomStringConvertible {
    case open, closed, expired

    public var description: String {
        switch self {
        case .open: return "OPEN"
        case .closed: return "CLOSED"
        case .expired: return "EXPIRED"
        }
    }
}

/// One shard: its hash range, its records, and the limiters that throttle its writes and reads.
///
/// Records are kept in a ring (`Deque`) from the oldest any reader still needs to the newest;
/// memory follows the slowest reader's lag, not the number of records ever written.
public struct Shard<Payload> {
    public let index: Int
    public var range: HashKeyRange
    public internal(set) var state: ShardState = .open
    /// Lineage (RS3): one parent after a split, two after a merge (`parents[0]` is
    /// `ParentShardId`, `parents[1]` `AdjacentParentShardId`), every overlapping shard after an
    /// UpdateShardCount; empty for the stream's initial shards.
    public internal(set) var parents: [Int] = []
    /// The shards created when this one closed (`ChildShards`, R9).
    public internal(set) var children: [Int] = []
    public let openedAt: SimTime
    /// When a reshard closed it.
    public internal(set) var closedAt: SimTime?
    @usableFromInline var records: Deque<StoredRecord<Payload>> = []
    /// Offset of the oldest record still kept.
    public internal(set) var firstOffset: UInt64 = 0
    @usableFromInline var writes: WriteLimiter
    /// Where PutRecord raised the millisecond component of sequence numbers (P8).
    var sequencing = ShardSequencing()
    @usableFromInline var readCalls: ReadCallWindow
    /// R8: GetShardIterator calls, limited like GetRecords calls.
    var iteratorCalls: ReadCallWindow
    @usableFromInline var readBucket: TokenBucket
    @usableFromInline var latestArrival: SimTime = .zero
    /// Arrival time of the newest record (for `MillisBehindLatest`).
    public var newestArrival: SimTime { latestArrival }

    public init(index: Int, range: HashKeyRange, limits: StreamLimits, openedAt: SimTime = .zero, parents: [Int] = []) {
        self.index = index
        self.range = range
        self.openedAt = openedAt
        self.parents = parents
        readBucket = TokenBucket(ratePerSecond: limits.readBytesPerSecond, now: openedAt)
        writes = WriteLimiter(limits: limits)
        readCalls = ReadCallWindow(limit: limits.readCallsPerSecond)
        iteratorCalls = ReadCallWindow(limit: limits.getShardIteratorCallsPerSecond)
        latestArrival = openedAt
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
        // Per record: the standard check, whose message release builds drop (see `modelPrecondition`).
        precondition(offset >= firstOffset && offset < nextOffset,
                     "shard \(index): offset \(offset) outside kept records [\(firstOffset), \(nextOffset))")
        return records[Int(offset - firstOffset)]
    }

    /// Drops every record below `offset`: all readers have moved past them, or retention has.
    mutating func trim(below offset: UInt64) {
        let count = Int(min(offset, nextOffset) - min(firstOffset, offset))
        guard count > 0 else { return }
        records.removeFirst(count)
        firstOffset += UInt64(count)
        sequencing.forget(below: firstOffset)
    }
}

extension Shard {
    /// A reshard closed this shard at `now`: no more writes; `children` take over its range.
    mutating func close(at now: SimTime, children: [Int]) {
        modelPrecondition(state == .open, "\(id) closed twice")
        state = .closed
        closedAt = now
        self.children = children
    }

    /// Retention has passed since the shard closed: every record is gone (T4).
    mutating func expire() {
        modelPrecondition(state == .closed, "\(id) expired while \(state)")
        trim(below: nextOffset)
        state = .expired
    }

    /// Drops the records older than `retention` at `now` (T1: a read never returns them).
    /// - Returns: whether anything was dropped.
    mutating func trimAged(retention: SimDuration, now: SimTime) -> Bool {
        let before = firstOffset
        while let oldest = records.first, now - oldest.arrival > retention {
            records.removeFirst()
            firstOffset += 1
        }
        return firstOffset != before
    }
}
