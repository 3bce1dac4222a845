/// One open shard's accepted writes over one second, as the world reports them to the
/// on-demand scaler (the per-shard `IncomingRecords` / `IncomingBytes` of that second).
public struct ShardWriteSample: Equatable, Sendable {
    /// The shard's index in the stream (`Shard.index`).
    public var shard: Int
    public var range: HashKeyRange
    public var records: Int64
    /// Data plus partition keys.
    public var bytes: Int64

    public init(shard: Int, range: HashKeyRange, records: Int64, bytes: Int64) {
        self.shard = shard
        self.range = range
        self.records = records
        self.bytes = bytes
    }
}
