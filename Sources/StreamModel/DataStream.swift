import SimKernel

/// Where a reader starts in each shard.
public enum StartingPosition: Sendable {
    /// The oldest record kept.
    case trimHorizon
    /// Just after the newest record at registration.
    case latest
}

/// A Kinesis-style data stream: shards over the hash-key space, routing, PutRecords and
/// GetRecords with exact throttling. A passive value: every call takes `now`.
///
/// Ordering guarantees: within a shard, records are accepted, numbered and returned in arrival
/// order; a PutRecords request's entries are processed in request order (P7's "natural order").
/// Readers' positions live here, so the stream trims a record as soon as every reader has read
/// it; a read's returned records stay valid until the next read of the same shard.
public struct DataStream<Payload> {
    public let limits: StreamLimits
    @usableFromInline var shardList: [Shard<Payload>]
    /// Every shard, by index (ids are `Shard.id(index:)`).
    public var shards: [Shard<Payload>] { shardList }
    /// `positions[reader][shard]`: the next offset each reader will read.
    @usableFromInline var positions: [[UInt64]] = []
    /// `InternalFailure` injection (P6); nil for a stream that never injects it.
    public var internalFailures: InternalFailures?

    public init(shardCount: Int, limits: StreamLimits) {
        self.limits = limits
        shardList = HashKeyRange.evenSplit(count: shardCount).enumerated().map { index, range in
            Shard(index: index, range: range, limits: limits)
        }
    }

    /// The OPEN shard whose range contains `hashKey` (binary search over start keys).
    @inlinable
    public func shardIndex(for hashKey: UInt128) -> Int {
        var low = 0
        var high = shards.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if shards[middle].range.start <= hashKey { low = middle } else { high = middle - 1 }
        }
        precondition(shards[low].range.contains(hashKey), "hash key \(hashKey) routed to no shard")
        return low
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
            if let offset = shardList[shard].append(bytes: entry.recordBytes, payload: entry.payload, now: now) {
                results.append(.accepted(shard: Int32(shard), offset: offset))
            } else {
                results.append(.throttled(shard: Int32(shard)))
                failed += 1
            }
        }
        return failed
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

    /// Registers a reader (one consumer application) positioned in every shard; returns its id.
    public mutating func registerReader(at start: StartingPosition) -> Int {
        positions.append(shards.map { start == .trimHorizon ? $0.firstOffset : $0.nextOffset })
        return positions.count - 1
    }

    /// The next offset `reader` will read in `shard`.
    public func position(reader: Int, shard: Int) -> UInt64 { positions[reader][shard] }

    /// GetRecords for `reader` on `shard`: up to `limit` records from its position, under the
    /// shard's shared read limits; advances the reader past what it returns.
    /// - Precondition: `1 <= limit <= getRecordsMaxRecords` (validated scenarios only).
    @inlinable
    public mutating func getRecords(reader: Int, shard: Int, limit: Int, now: SimTime) -> ReadOutcome {
        precondition(limit >= 1 && limit <= limits.getRecordsMaxRecords,
                     "GetRecords Limit \(limit) outside 1...\(limits.getRecordsMaxRecords)")
        trimConsumed(shard: shard)
        let outcome = shardList[shard].read(from: positions[reader][shard], limit: limit,
                                         maxBytes: limits.getRecordsMaxBytes, now: now)
        if case .records(let first, let count, _) = outcome {
            positions[reader][shard] = first + UInt64(count)
        }
        return outcome
    }

    /// Drops the records of `shard` that every reader has passed.
    @usableFromInline
    mutating func trimConsumed(shard: Int) {
        var lowest = shards[shard].nextOffset
        for reader in positions.indices { lowest = min(lowest, positions[reader][shard]) }
        shardList[shard].trim(below: lowest)
    }

    /// The record at `offset` of `shard` (valid until the next read of that shard).
    @inlinable
    public func record(shard: Int, offset: UInt64) -> StoredRecord<Payload> {
        shards[shard].record(at: offset)
    }
}
