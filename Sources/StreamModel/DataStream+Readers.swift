import SimKernel

/// Readers (consumer applications): registration, iterators and GetRecords (R1–R10).
///
/// A reader holds one cursor per shard, created with the shard (children of a reshard start at
/// their first record, since everything in them arrived after any reader registered). The
/// stream does not decide *when* a reader reads a shard: consumers do (parent-first or not).
///
/// Records no reader needs any more are freed before retention takes them (the stream's memory
/// then follows the slowest reader, not the retention period): a reader that frees on read
/// needs only what it has not read; a checkpointing reader (KCL, Lambda) needs everything from
/// its checkpoint on, since a worker taking its lease replays from there.
extension DataStream {
    /// Registers a reader (one consumer application) at `now`, positioned in every shard; returns
    /// its id. It holds no iterator yet: it takes one per shard with `getShardIterator`. A
    /// `checkpointing` reader keeps its records until `checkpoint(reader:shard:upTo:)` passes them.
    public mutating func registerReader(at start: StartingPosition, now: SimTime = .zero, checkpointing: Bool = false) -> Int {
        // Records already past retention were gone before this reader came: not lost to it.
        applyRetention(now: now)
        let skipBefore: SimTime
        if case .atTimestamp(let time) = start { skipBefore = time } else { skipBefore = .zero }
        readerStarts.append(skipBefore)
        readerCheckpoints.append(checkpointing)
        cursors.append(shardList.map { shard in
            ReaderCursor(position: start == .latest ? shard.nextOffset : shard.firstOffset)
        })
        return cursors.count - 1
    }

    /// The cursor of `reader` in `shard`.
    public func cursor(reader: Int, shard: Int) -> ReaderCursor { cursors[reader][shard] }

    /// The next offset `reader` will read in `shard`.
    public func position(reader: Int, shard: Int) -> UInt64 { cursors[reader][shard].position }

    /// GetShardIterator at the reader's position (`AFTER_SEQUENCE_NUMBER` of the last record it
    /// read, or its starting position): a fresh iterator, valid for `iteratorLifetime` from
    /// `now`, unless the shard issued its `getShardIteratorCallsPerSecond` in the last second (R8).
    public mutating func getShardIterator(reader: Int, shard: Int, now: SimTime) -> IteratorGrant {
        guard shardList[shard].iteratorCalls.admits(at: now) else { return .throttled }
        shardList[shard].iteratorCalls.record(at: now)
        cursors[reader][shard].iteratorIssuedAt = now
        return .issued
    }

    /// GetShardIterator of `type` (R6): moves the reader's position in `shard` there, then issues
    /// the iterator as above; a throttled call moves nothing. A position before the trim horizon
    /// is the trim horizon. On a CLOSED shard, `LATEST` is its end: the next read ends it (R8, R9).
    /// - Precondition: a sequence number of this shard, not beyond its newest record. Records
    ///   every reader is done with are not kept (`trimConsumed`), so a reader can go back no
    ///   further than the oldest record kept: for a checkpointing reader, its checkpoint.
    public mutating func getShardIterator(reader: Int, shard: Int, type: ShardIteratorType, now: SimTime) -> IteratorGrant {
        applyRetention(shard: shard, now: now)
        guard getShardIterator(reader: reader, shard: shard, now: now) == .issued else { return .throttled }
        reposition(reader: reader, shard: shard, at: type)
        return .issued
    }

    /// Moves the reader's position in `shard` to where `type` points (clamped to the trim
    /// horizon), as GetShardIterator does and as SubscribeToShard's `StartingPosition` does for a
    /// fan-out subscription, which takes no iterator (E3).
    public mutating func reposition(reader: Int, shard: Int, at type: ShardIteratorType) {
        let position = max(shardList[shard].firstOffset, offset(of: type, in: shard))
        modelPrecondition(position <= shardList[shard].nextOffset, "\(type) is beyond the end of \(shardList[shard].id)")
        cursors[reader][shard].position = position
        cursors[reader][shard].ended = shardList[shard].state == .expired
    }

    /// The offset an iterator of `type` points at in `shard` (before clamping to the horizon).
    func offset(of type: ShardIteratorType, in shard: Int) -> UInt64 {
        switch type {
        case .trimHorizon: return shardList[shard].firstOffset
        case .latest: return shardList[shard].nextOffset
        case .atSequenceNumber(let number), .afterSequenceNumber(let number):
            modelPrecondition(number.shard == shard, "sequence number \(number) is not of \(shardList[shard].id)")
            if case .afterSequenceNumber = type { return number.offset + 1 }
            return number.offset
        case .atTimestamp(let time):
            var position = shardList[shard].firstOffset
            while position < shardList[shard].nextOffset && shardList[shard].record(at: position).arrival < time {
                position += 1
            }
            return position
        }
    }

    /// GetRecords for `reader` on `shard`: up to `limit` records from its position, under the
    /// shard's shared read limits; advances the reader past what it returns and renews its
    /// iterator (each `NextShardIterator` is fresh). An expired iterator is dropped.
    /// - Precondition: `1 <= limit <= getRecordsMaxRecords` (validated scenarios only), the
    ///   reader holds an iterator, and the shard has not ended for this reader.
    @inlinable
    public mutating func getRecords(reader: Int, shard: Int, limit: Int, now: SimTime) -> ReadOutcome {
        modelPrecondition(limit >= 1 && limit <= limits.getRecordsMaxRecords,
                     "GetRecords Limit \(limit) outside 1...\(limits.getRecordsMaxRecords)")
        modelPrecondition(!cursors[reader][shard].ended, "reader \(reader) read \(shardList[shard].id) after its end")
        applyRetention(shard: shard, now: now)
        guard !cursors[reader][shard].ended else { return .records(first: cursors[reader][shard].position, count: 0, bytes: 0) }
        guard let issued = cursors[reader][shard].iteratorIssuedAt else {
            modelPreconditionFailure("reader \(reader) called GetRecords on \(shardList[shard].id) without an iterator")
        }
        guard now - issued <= limits.iteratorLifetime else {
            cursors[reader][shard].iteratorIssuedAt = nil
            return .expiredIterator
        }
        skipBeforeStart(reader: reader, shard: shard)
        trimConsumed(shard: shard)
        let outcome = shardList[shard].read(from: cursors[reader][shard].position, limit: limit,
                                            maxBytes: limits.getRecordsMaxBytes, now: now)
        if case .records(let first, let count, _) = outcome {
            cursors[reader][shard].position = first + UInt64(count)
            cursors[reader][shard].iteratorIssuedAt = now
            markEndIfDrained(reader: reader, shard: shard)
        }
        return outcome
    }

    /// R9: once a CLOSED shard is read to its end, `NextShardIterator` is nil for that reader.
    @usableFromInline
    mutating func markEndIfDrained(reader: Int, shard: Int) {
        if shardList[shard].state != .open && cursors[reader][shard].position == shardList[shard].nextOffset {
            cursors[reader][shard].ended = true
        }
    }

    /// Moves an AT_TIMESTAMP reader past records that arrived before its start (R6); a shard's
    /// records arrive in order, so it stops at the first one at or after it.
    @usableFromInline
    mutating func skipBeforeStart(reader: Int, shard: Int) {
        let start = readerStarts[reader]
        guard start > .zero else { return }
        var position = cursors[reader][shard].position
        while position < shardList[shard].nextOffset && shardList[shard].record(at: position).arrival < start {
            position += 1
        }
        if position > cursors[reader][shard].position { cursors[reader][shard].skippedUpTo = position }
        cursors[reader][shard].position = position
    }

    /// Drops the records of `shard` that every reader is done with: read, or for a
    /// checkpointing reader, below its checkpoint.
    @usableFromInline
    mutating func trimConsumed(shard: Int) {
        var lowest = shardList[shard].nextOffset
        for reader in cursors.indices {
            let cursor = cursors[reader][shard]
            lowest = min(lowest, readerCheckpoints[reader] ? cursor.checkpoint : cursor.position)
        }
        shardList[shard].trim(below: lowest)
    }

    /// A checkpointing reader is done with every record of `shard` below `offset`: the stream may
    /// free them. A checkpoint never moves back; retention may already have passed it.
    /// - Precondition: `reader` checkpoints, and `offset` is not beyond the shard's newest record.
    public mutating func checkpoint(reader: Int, shard: Int, upTo offset: UInt64) {
        modelPrecondition(readerCheckpoints[reader], "reader \(reader) frees on read and has no checkpoint")
        modelPrecondition(offset <= shardList[shard].nextOffset, "checkpoint \(offset) beyond the end of \(shardList[shard].id)")
        cursors[reader][shard].checkpoint = max(cursors[reader][shard].checkpoint, offset)
    }
}
