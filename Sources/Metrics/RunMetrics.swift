import SimKernel

/// What one consumer saw.
public struct ConsumerMetrics: Sendable {
    public var latency = LatencyHistogram()
    public internal(set) var delivered: UInt64 = 0
    /// Records this consumer processed again (same shard and sequence number).
    public var redeliveries: UInt64 = 0
    /// Largest `GetRecords.IteratorAgeMilliseconds` seen: now − arrival of the last record returned.
    public internal(set) var maxIteratorAgeMs: Int64 = 0
    public internal(set) var getCalls: UInt64 = 0
    public internal(set) var throttledGetCalls: UInt64 = 0
    public init() {}
}

/// The run's measurements, fed by the world as things happen.
public struct RunMetrics: Sendable {
    public internal(set) var putRequests: UInt64 = 0
    public internal(set) var putEntries: UInt64 = 0
    public internal(set) var throttledEntries: UInt64 = 0
    /// Entries (or PutRecord calls) failed by an injected `InternalFailure` (P6); not throttling.
    public internal(set) var internalFailures: UInt64 = 0
    public internal(set) var invalidRequests: UInt64 = 0
    public internal(set) var accepted: UInt64 = 0
    public internal(set) var acceptedBytes: UInt64 = 0
    public internal(set) var duplicates: UInt64 = 0
    /// PUT payload units: each accepted record rounded up to 25 KB chunks (pricing).
    public internal(set) var putPayloadUnits: UInt64 = 0
    public internal(set) var shards: [ShardLoad]
    public var consumers: [ConsumerMetrics]
    let writeLimits: (records: Int64, bytes: Int64)

    public init(shardCount: Int, consumerCount: Int, writeRecordsPerSecond: Int64, writeBytesPerSecond: Int64) {
        shards = Array(repeating: ShardLoad(), count: shardCount)
        consumers = Array(repeating: ConsumerMetrics(), count: consumerCount)
        writeLimits = (writeRecordsPerSecond, writeBytesPerSecond)
    }

    public mutating func recordRequest(entries: Int, invalid: Bool) {
        putRequests += 1
        putEntries += UInt64(entries)
        if invalid { invalidRequests += 1 }
    }

    public mutating func recordAccepted(shard: Int, bytes: Int64, duplicate: Bool, now: SimTime) {
        accepted += 1
        acceptedBytes += UInt64(bytes)
        if duplicate { duplicates += 1 }
        putPayloadUnits += UInt64((bytes + 24_999) / 25_000)
        recordShardAccept(shard: shard, bytes: bytes, now: now)
    }

    mutating func recordShardAccept(shard: Int, bytes: Int64, now: SimTime) {
        shards[shard].accept(bytes: bytes, now: now, limits: writeLimits)
    }

    public mutating func recordThrottled(shard: Int) {
        throttledEntries += 1
        shards[shard].throttledRecords += 1
    }

    public mutating func recordInternalFailure() {
        internalFailures += 1
    }

    public mutating func recordGetCall(consumer: Int, throttled: Bool) {
        consumers[consumer].getCalls += 1
        if throttled { consumers[consumer].throttledGetCalls += 1 }
    }

    public mutating func recordDelivery(consumer: Int, latency: SimDuration) {
        consumers[consumer].delivered += 1
        consumers[consumer].latency.record(latency)
    }

    public mutating func recordIteratorAge(consumer: Int, milliseconds: Int64) {
        consumers[consumer].maxIteratorAgeMs = max(consumers[consumer].maxIteratorAgeMs, milliseconds)
    }

    /// Folds the last open second of every shard into its peak.
    public mutating func finish() {
        for index in shards.indices { shards[index].closeSecond(limits: writeLimits) }
    }

    /// Rejected entries / attempted entries.
    public var throttleRate: Double { putEntries == 0 ? 0 : Double(throttledEntries) / Double(putEntries) }
    public var getCalls: UInt64 { consumers.reduce(0) { $0 + $1.getCalls } }
    public var throttledGetCalls: UInt64 { consumers.reduce(0) { $0 + $1.throttledGetCalls } }
}
