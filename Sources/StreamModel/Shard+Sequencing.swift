import SimKernel

/// Sequence numbers of a shard's records (S1–S3, P8): see `SequenceNumber` and
/// `ShardSequencing`.
extension Shard {
    /// The sequence number of the kept record at `offset`.
    /// - Precondition: `firstOffset <= offset < nextOffset`.
    /// (Runs once per delivery for the key-order checker: it reads the arrival in place rather
    /// than copying the record out.)
    public func sequenceNumber(at offset: UInt64) -> SequenceNumber {
        // Per record: the standard check, whose message release builds drop (see `modelPrecondition`).
        precondition(offset >= firstOffset && offset < nextOffset,
                     "shard \(index): offset \(offset) outside kept records [\(firstOffset), \(nextOffset))")
        let arrival = records[Int(offset - firstOffset)].arrival
        return SequenceNumber(millis: sequencing.millis(offset: offset, arrival: arrival), shard: index, offset: offset)
    }

    /// Appends like `append(bytes:payload:now:)` and returns the new record's sequence number,
    /// which is greater than `ordering` when one is given (PutRecord's
    /// `SequenceNumberForOrdering`, P8); nil when throttled.
    public mutating func append(bytes: Int64, payload: Payload, now: SimTime, after ordering: SequenceNumber?) -> SequenceNumber? {
        guard let offset = append(bytes: bytes, payload: payload, now: now) else { return nil }
        let millis = ordering.map { sequencing.millis(offset: offset, shard: index, now: now, after: $0) }
            ?? sequencing.millis(offset: offset, arrival: now)
        return SequenceNumber(millis: millis, shard: index, offset: offset)
    }
}
