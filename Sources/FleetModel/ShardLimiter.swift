import SimKernel
import StreamModel

/// A producer's limiter for one shard (`fleet.rateLimit`; the KPL's `ShardLimiter`): a token
/// stream of records and one of bytes, each starting empty when the producer first puts to the
/// shard and growing at `rateLimit` × Kinesis's per-shard write limits, up to 1,000 records and
/// 10 MiB (the largest record). A Kinesis record costs one record token and its data bytes. The
/// KPL limits by Kinesis's documented limits, not by the stream's: so does this, for every
/// producer, from `StreamLimits`' defaults.
struct ShardLimiter {
    private var recordTokens = 0.0
    private var byteTokens = 0.0
    private var updatedAt: SimTime
    private let recordsPerSecond: Double
    private let bytesPerSecond: Double

    private static let shardRecordsPerSecond = Double(StreamLimits().writeRecordsPerSecond)
    private static let shardBytesPerSecond = Double(StreamLimits().writeBytesPerSecond)
    /// One second of records at 100 %, and the largest record.
    static let recordCapacity = shardRecordsPerSecond
    static let byteCapacity = Double(LargeRecords.maxBytes)

    init(now: SimTime, rateLimit: Double) {
        updatedAt = now
        recordsPerSecond = rateLimit * Self.shardRecordsPerSecond
        bytesPerSecond = rateLimit * Self.shardBytesPerSecond
    }

    /// Takes `records` records' and `bytes` bytes' tokens at `now` if both streams cover them.
    mutating func take(records: Int = 1, bytes: Int64, now: SimTime) -> Bool {
        refill(now: now)
        guard covers(records: records, bytes: bytes) else { return false }
        spend(records: records, bytes: bytes)
        return true
    }

    /// Whether the tokens as of the last refill cover `records` and `bytes`.
    func covers(records: Int, bytes: Int64) -> Bool {
        recordTokens >= Double(records) && byteTokens >= Double(bytes)
    }

    mutating func spend(records: Int, bytes: Int64) {
        recordTokens -= Double(records)
        byteTokens -= Double(bytes)
    }

    /// When both streams will cover `records` and `bytes` (never before the last refill). They
    /// must fit the buckets' capacities, or the wait would never end.
    func readyAt(records: Int = 1, bytes: Int64) -> SimTime {
        modelPrecondition(Double(records) <= Self.recordCapacity && Double(bytes) <= Self.byteCapacity,
                          "\(records) records of \(bytes) bytes can never pass a shard limiter")
        let seconds = max((Double(records) - recordTokens) / recordsPerSecond,
                          (Double(bytes) - byteTokens) / bytesPerSecond, 0)
        return SimTime(nanoseconds: updatedAt.nanoseconds + Int64((seconds * 1e9).rounded(.up)))
    }

    mutating func refill(now: SimTime) {
        guard now > updatedAt else { return }
        let seconds = (now - updatedAt).seconds
        recordTokens = min(Self.recordCapacity, recordTokens + recordsPerSecond * seconds)
        byteTokens = min(Self.byteCapacity, byteTokens + bytesPerSecond * seconds)
        updatedAt = now
    }
}
