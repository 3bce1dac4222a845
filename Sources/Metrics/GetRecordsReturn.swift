/// What one successful GetRecords call returned, as the world measured it (R5, `kinesis-model.md` §5).
public struct GetRecordsReturn: Sendable, Equatable {
    public var records: Int
    public var bytes: Int64
    /// `GetRecords.IteratorAgeMilliseconds`: now − arrival of the last record returned.
    public var iteratorAgeMs: Int64
    /// `MillisBehindLatest`: arrival of the shard's newest record − arrival of the last record returned.
    public var millisBehindLatest: Int64

    public init(records: Int, bytes: Int64, iteratorAgeMs: Int64, millisBehindLatest: Int64) {
        self.records = records
        self.bytes = bytes
        self.iteratorAgeMs = iteratorAgeMs
        self.millisBehindLatest = millisBehindLatest
    }

    /// An empty return from a caught-up reader: no records, age 0, nothing behind.
    public static let caughtUp = GetRecordsReturn(records: 0, bytes: 0, iteratorAgeMs: 0, millisBehindLatest: 0)
}
