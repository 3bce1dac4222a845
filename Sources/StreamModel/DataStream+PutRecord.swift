import SimKernel

/// PutRecord (W5, P8) and the sequence numbers of kept records.
extension DataStream {
    /// PutRecord: validates the record (P3, H1), may fail it with an injected `InternalFailure`
    /// (P6), then admits it against its shard's limits at `now`.
    /// - Parameter ordering: `SequenceNumberForOrdering`, usually the caller's previous record's
    ///   number: the new record's number is then greater, whichever shard it goes to (P8).
    /// - Returns: the new record's sequence number.
    /// - Throws: `PutRecordFailure`; in every case nothing was written or debited.
    public mutating func putRecord(_ entry: PutEntry<Payload>, sequenceNumberForOrdering ordering: SequenceNumber?,
                                   now: SimTime) throws(PutRecordFailure) -> SequenceNumber {
        do {
            try entry.validate(index: 0, limits: limits)
        } catch {
            throw .invalidArgument(error)
        }
        if internalFailures?.strikes() == true { throw .internalFailure }
        let shard = shardIndex(for: entry.hashKey)
        guard let number = shardList[shard].append(bytes: entry.recordBytes, payload: entry.payload, now: now,
                                                   after: ordering) else {
            throw .provisionedThroughputExceeded(shard: Int32(shard))
        }
        return number
    }

    /// The sequence number of the kept record at `offset` of `shard`.
    public func sequenceNumber(shard: Int, offset: UInt64) -> SequenceNumber {
        shardList[shard].sequenceNumber(at: offset)
    }
}
