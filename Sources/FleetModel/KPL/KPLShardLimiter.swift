import DequeModule
import SimKernel
import StreamModel
import Telemetry

/// An aggregated record (or lone user record) formed for a shard: the Kinesis record put, and
/// the user records inside it.
struct KPLAggregate {
    var entry: PutEntry<Reading>
    var users: ContiguousArray<KPLRecord>
}

/// The KPL's limiter for one shard (`ShardLimiter`): a token stream of records and one of
/// bytes, each starting empty when the producer first puts to the shard and growing at
/// `rateLimit` × the shard's write limits, up to 1,000 records and 10 MiB (the largest record). A Kinesis record
/// goes on when both streams cover it (one record, its data bytes); otherwise it waits, oldest
/// first, for the limiter's next poll. The KPL uses Kinesis's fixed limits, not the stream's:
/// so does this, from `StreamLimits`' defaults.
struct KPLShardLimiter {
    private var recordTokens = 0.0
    private var byteTokens = 0.0
    private var updatedAt: SimTime
    /// Kinesis records that found too few tokens, oldest first.
    var waiting: Deque<KPLAggregate> = []

    static let recordCapacity = Double(StreamLimits().writeRecordsPerSecond)
    static let byteCapacity = Double(LargeRecords.maxBytes)

    init(now: SimTime) { updatedAt = now }

    /// Takes one record's and `bytes` bytes' tokens at `now` if both are there.
    mutating func take(bytes: Int64, now: SimTime, rateLimit: Double) -> Bool {
        refill(now: now, rateLimit: rateLimit)
        guard recordTokens >= 1, byteTokens >= Double(bytes) else { return false }
        recordTokens -= 1
        byteTokens -= Double(bytes)
        return true
    }

    /// When the streams will cover the oldest waiting record, on the limiter's poll grid.
    func readyAt(rateLimit: Double) -> SimTime? {
        guard let head = waiting.first else { return nil }
        let rates = Self.rates(rateLimit)
        let seconds = max((1 - recordTokens) / rates.records, (Double(head.entry.dataBytes) - byteTokens) / rates.bytes, 0)
        let ready = updatedAt.nanoseconds + Int64((seconds * 1e9).rounded(.up))
        let poll = KPLConfig.limiterPoll.nanoseconds
        return SimTime(nanoseconds: (ready + poll - 1) / poll * poll)
    }

    private mutating func refill(now: SimTime, rateLimit: Double) {
        guard now > updatedAt else { return }
        let seconds = (now - updatedAt).seconds
        let rates = Self.rates(rateLimit)
        recordTokens = min(Self.recordCapacity, recordTokens + rates.records * seconds)
        byteTokens = min(Self.byteCapacity, byteTokens + rates.bytes * seconds)
        updatedAt = now
    }

    private static func rates(_ rateLimit: Double) -> (records: Double, bytes: Double) {
        let limits = StreamLimits()
        return (rateLimit * Double(limits.writeRecordsPerSecond), rateLimit * Double(limits.writeBytesPerSecond))
    }
}
