import SimKernel

/// A Kinesis-style data stream: shards over the hash-key space, routing, PutRecords and
/// GetRecords with exact throttling, resharding, retention. A passive value: every call takes `now`.
///
/// Ordering guarantees: within a shard, records are accepted, numbered and returned in arrival
/// order; a PutRecords request's entries are processed in request order (P7's "natural order").
/// Shards are never removed: a shard's index is its number for the whole run (`shardId-…`), and
/// the OPEN ones tile the hash-key space (H4). Readers' cursors live here, so the stream drops a
/// record as soon as every reader has read it (nobody can observe it any more) or retention has
/// passed; a read's returned records stay valid until the next read of the same shard.
public struct DataStream<Payload> {
    public let limits: StreamLimits
    /// T1/T2: records older than this are trimmed.
    public let retention: SimDuration
    /// §8: delay before an accepted record is readable.
    public let visibilityDelay: Distribution
    /// Draws visibility delays (only when the delay is not zero).
    @usableFromInline var visibilityRandom: SimRandom
    /// Whether records become visible later than they are accepted (decided once, not per record).
    @usableFromInline let delaysVisibility: Bool
    @usableFromInline var shardList: [Shard<Payload>]
    /// Every shard ever created, by index: OPEN, CLOSED and EXPIRED.
    public var shards: [Shard<Payload>] { shardList }
    /// Indexes of the OPEN shards in hash-key order, and their start keys: what routing searches.
    @usableFromInline var openShards: [Int]
    @usableFromInline var openStarts: [UInt128]
    /// `cursors[reader][shard]`: each reader's iterator in each shard.
    @usableFromInline var cursors: [[ReaderCursor]] = []
    /// AT_TIMESTAMP readers skip records that arrived before this (zero for the others).
    @usableFromInline var readerStarts: [SimTime] = []
    /// Per reader: whether it checkpoints (the stream keeps what it read until its checkpoint
    /// passes it) or frees records as it reads them.
    @usableFromInline var readerCheckpoints: [Bool] = []
    /// The resharding call under way, which keeps the stream UPDATING (RS7).
    public internal(set) var pendingCall: PendingReshard?
    /// `InternalFailure` injection (P6); nil for a stream that never injects it.
    public var internalFailures: InternalFailures?

    public init(shardCount: Int, limits: StreamLimits, retention: SimDuration = .hours(24),
                visibilityDelay: Distribution = .constant(.zero), masterSeed: UInt64 = 0) {
        self.limits = limits
        self.retention = retention
        self.visibilityDelay = visibilityDelay
        delaysVisibility = !visibilityDelay.isZero
        visibilityRandom = SimRandom(masterSeed: masterSeed, label: "stream-visibility", index: 0)
        shardList = HashKeyRange.evenSplit(count: shardCount).enumerated().map { index, range in
            Shard(index: index, range: range, limits: limits)
        }
        openShards = Array(shardList.indices)
        openStarts = shardList.map(\.range.start)
    }

    /// The OPEN shards, in hash-key order.
    public var openShardIndexes: [Int] { openShards }

    /// The OPEN shard whose range contains `hashKey` (binary search over start keys).
    @inlinable
    public func shardIndex(for hashKey: UInt128) -> Int {
        let shard = openShards[HashKeyRange.position(of: hashKey, starts: openStarts)]
        // Per record: the standard check, whose message release builds drop (see `modelPrecondition`).
        precondition(shardList[shard].range.contains(hashKey), "hash key \(hashKey) routed to no shard")
        return shard
    }

    /// PutRecords: validates the whole request, then admits each entry in order against its
    /// shard's limits at `now`, unless an injected `InternalFailure` fails it first. Writes one
    /// result per entry into `results` (cleared first).
    /// - Returns: the number of failed entries (`FailedRecordCount`).
    /// - Throws: `PutRecordsInvalid` when the request breaks P1–P3 or H1 (nothing is written).
    @inlinable
    public mutating func putRecords(_ entries: ContiguousArray<PutEntry<Payload>>, now: SimTime,
                                    results: inout ContiguousArray<PutEntryResult>) throws(PutRecordsInvalid) -> Int {
        results.removeAll(keepingCapacity: true)
        try validate(entries)
        var failed = 0
        for entry in entries {
            if internalFailures?.strikes() == true {
                results.append(.internalFailure)
                failed += 1
                continue
            }
            let shard = shardIndex(for: entry.hashKey)
            if let offset = shardList[shard].append(bytes: entry.recordBytes, payload: entry.payload, now: now,
                                                    visibilityDelay: nextVisibilityDelay()) {
                results.append(.accepted(shard: Int32(shard), offset: offset))
            } else {
                results.append(.throttled(shard: Int32(shard)))
                failed += 1
            }
        }
        return failed
    }

    /// A fresh visibility delay; no draw at all when the delay is zero (the default), so streams
    /// without one consume no randomness.
    @inlinable
    mutating func nextVisibilityDelay() -> SimDuration {
        delaysVisibility ? visibilityDelay.sample(&visibilityRandom) : .zero
    }

    /// Request-level rules P1–P3 and H1.
    @usableFromInline
    func validate(_ entries: ContiguousArray<PutEntry<Payload>>) throws(PutRecordsInvalid) {
        guard !entries.isEmpty else { throw .empty }
        guard entries.count <= limits.putRecordsMaxEntries else {
            throw .tooManyEntries(count: entries.count, limit: limits.putRecordsMaxEntries)
        }
        var total: Int64 = 0
        for (index, entry) in entries.enumerated() {
            try entry.validate(index: index, limits: limits)
            total += entry.recordBytes
        }
        guard total <= limits.putRecordsMaxBytes else {
            throw .requestTooLarge(bytes: total, limit: limits.putRecordsMaxBytes)
        }
    }

    /// The record at `offset` of `shard` (valid until the next read of that shard).
    @inlinable
    public func record(shard: Int, offset: UInt64) -> StoredRecord<Payload> {
        shards[shard].record(at: offset)
    }
}
