import SimKernel

/// One reader's shard iterator in one shard: where it reads next, when the iterator it holds
/// was issued (R7: it expires `iteratorLifetime` later; nil while it holds none, before its
/// first GetShardIterator and after an expiry), whether the shard is finished for it
/// (R9: `NextShardIterator` came back nil) and what retention took from it. Readers get copies;
/// only the stream moves a cursor.
public struct ReaderCursor: Equatable, Sendable {
    /// The next offset this reader will read.
    public var position: UInt64
    /// A checkpointing reader's checkpoint: everything below it is done with, so the stream
    /// may free it; a replay may go back to it. Unused for readers that free on read.
    public var checkpoint: UInt64
    public var iteratorIssuedAt: SimTime?
    /// The shard is CLOSED and fully read, or EXPIRED: nothing more will come.
    public var ended = false
    /// Records trimmed by retention before this reader read them (T1, §6): lost to it.
    public var lost: UInt64 = 0
    /// Where the latest loss ended: the trim horizon the reader was moved to.
    public var lostUpTo: UInt64 = 0
    /// An AT_TIMESTAMP reader skipped the records below this offset, which arrived before its
    /// start (R6): never wanted, so neither lost nor owed to it. Zero for other readers.
    public var skippedUpTo: UInt64 = 0

    @usableFromInline
    init(position: UInt64) {
        self.position = position
        checkpoint = position
    }
}

/// What one `GetRecords` call on a shard returned.
public enum ReadOutcome: Equatable, Sendable {
    /// Records `[first, first + count)` in sequence order, `bytes` in total; `count` may be 0.
    case records(first: UInt64, count: Int, bytes: Int64)
    /// `ProvisionedThroughputExceededException`: no records, and no call slot consumed (R4).
    case throttled
    /// `ExpiredIteratorException` (R7): the iterator is older than its lifetime; the reader holds
    /// none now and must get a new one (`getShardIterator`) before it reads again. No call slot
    /// consumed.
    case expiredIterator
}
