import SimKernel

/// What one consumer saw.
public struct ConsumerMetrics: Sendable {
    public var latency = LatencyHistogram()
    public internal(set) var delivered: UInt64 = 0
    /// Records this consumer processed again (same shard and sequence number).
    public var redeliveries: UInt64 = 0
    /// Largest `GetRecords.IteratorAgeMilliseconds` seen: now − arrival of the last record returned.
    public internal(set) var maxIteratorAgeMs: Int64 = 0
    /// Largest `MillisBehindLatest` of its GetRecords calls or fan-out events: arrival of the
    /// shard's newest record − arrival of the last record returned (or pushed). Unlike the iterator age it ignores how old the data is, so it tells
    /// a consumer that is behind from one that is caught up with a quiet shard.
    public internal(set) var maxMillisBehindLatest: Int64 = 0
    public internal(set) var getCalls: UInt64 = 0
    public internal(set) var throttledGetCalls: UInt64 = 0
    /// Bytes its successful GetRecords calls returned (on-demand data retrievals).
    public internal(set) var getRecordsBytes: UInt64 = 0
    /// Bytes fan-out events pushed to it (on-demand enhanced fan-out retrievals).
    public internal(set) var pushedBytes: UInt64 = 0
    /// Calls refused with `ExpiredIteratorException` (R7).
    public var expiredIterators: UInt64 = 0
    /// GetShardIterator calls throttled by the shard's 5 calls/s (R8).
    public var throttledIteratorCalls: UInt64 = 0
    /// Successful SubscribeToShard calls, renewals included (E3); nil for a polling consumer.
    public var subscriptions: UInt64?
    /// Lease figures of a KCL application; nil for other kinds.
    public var leases: LeaseMetrics?
    /// Invocation figures of a Lambda mapping; nil for other kinds.
    public var invocations: InvocationMetrics?
    /// One per anomaly operator the consumer feeds, in `analytics` order.
    public var detections: [DetectionMetrics] = []
    /// One per sink operator the consumer feeds, in `analytics` order.
    public var sinks: [SinkMetrics] = []
    /// Records retention trimmed before this consumer read them.
    public var lost: UInt64 = 0
    /// Its figures per second of simulated time (56 bytes a second).
    public internal(set) var seconds = ConsumerSeconds()
    public init() {}
}

/// The run's measurements, fed by the world as things happen, in time order.
///
/// Memory is fixed per shard and consumer, plus the series: 64 bytes per simulated second for
/// the stream, 56 per simulated second per consumer, and 64 bytes per simulated minute per shard
/// (`PeriodSeries`).
public struct RunMetrics: Sendable {
    public internal(set) var putRequests: UInt64 = 0
    public internal(set) var putEntries: UInt64 = 0
    public internal(set) var throttledEntries: UInt64 = 0
    /// Entries (or PutRecord calls) failed by an injected `InternalFailure` (P6); not throttling.
    public internal(set) var internalFailures: UInt64 = 0
    public internal(set) var invalidRequests: UInt64 = 0
    /// Kinesis records accepted (what the stream's limits count).
    public internal(set) var accepted: UInt64 = 0
    public internal(set) var acceptedBytes: UInt64 = 0
    /// Readings inside the accepted records: one per record, many per KPL aggregated record.
    public internal(set) var readingsAccepted: UInt64 = 0
    /// Accepted readings the stream already had (producer retries).
    public internal(set) var duplicates: UInt64 = 0
    /// PUT payload units: each accepted record rounded up to 25 KB chunks (pricing).
    public internal(set) var putPayloadUnits: UInt64 = 0
    /// On-demand data-in: each accepted record rounded up to 1 KiB, in KiB (pricing).
    public internal(set) var onDemandWrittenKiB: UInt64 = 0
    /// Every shard the stream ever had, by index: the first ones, then children as reshards add them.
    public internal(set) var shards: [ShardLoad]
    public var consumers: [ConsumerMetrics]
    /// Stream-wide CloudWatch figures per second of simulated time.
    public internal(set) var streamSeconds = MetricSeries(period: .seconds(1), from: .zero)
    /// Stream-wide figures per minute, folded from `streamSeconds` by `finish(at:)`.
    public internal(set) var streamMinutes = MetricSeries(period: .minutes(1), from: .zero)
    let writeLimits: (records: Int64, bytes: Int64)

    /// Metrics for a stream that opens with `shardCount` shards at time zero.
    public init(shardCount: Int, consumerCount: Int, writeRecordsPerSecond: Int64, writeBytesPerSecond: Int64) {
        shards = Array(repeating: ShardLoad(openedAt: .zero), count: shardCount)
        consumers = Array(repeating: ConsumerMetrics(), count: consumerCount)
        writeLimits = (writeRecordsPerSecond, writeBytesPerSecond)
    }

    public mutating func recordRequest(entries: Int, invalid: Bool) {
        putRequests += 1
        putEntries += UInt64(entries)
        if invalid { invalidRequests += 1 }
    }

    /// One record, one reading, accepted by `shard`: the hot path (once per record), O(1) with
    /// no allocation.
    @inline(__always)
    public mutating func recordAccepted(shard: Int, bytes: Int64, duplicate: Bool, now: SimTime) {
        recordAccepted(shard: shard, bytes: bytes, readings: 1, duplicates: duplicate ? 1 : 0, now: now)
    }

    /// One record holding `readings` readings (a KPL aggregated record), `duplicates` of which
    /// the stream already had, accepted by `shard`.
    public mutating func recordAccepted(shard: Int, bytes: Int64, readings: Int, duplicates: Int, now: SimTime) {
        accepted += 1
        acceptedBytes += UInt64(bytes)
        readingsAccepted += UInt64(readings)
        self.duplicates += UInt64(duplicates)
        putPayloadUnits += UInt64((bytes + 24_999) / 25_000)
        onDemandWrittenKiB += UInt64((bytes + 1_023) / 1_024)
        // One access to the shard's element: each `shards[shard]` mutation checks uniqueness.
        shards[shard].accept(bytes: bytes, now: now, limits: writeLimits)
        streamSeconds.record(at: now) { $0.addIncoming(bytes: bytes) }
    }

    /// One entry rejected by `shard`'s write limits.
    public mutating func recordThrottled(shard: Int, now: SimTime) {
        throttledEntries += 1
        shards[shard].throttledRecords += 1
        record(shard: shard, at: now) { $0.writeThrottledRecords += 1 }
    }

    /// Applies `update` to the stream's second and `shard`'s minute containing `now`.
    @inline(__always)
    mutating func record(shard: Int, at now: SimTime, _ update: (inout SeriesPoint) -> Void) {
        streamSeconds.record(at: now, update)
        shards[shard].minutes.record(at: now, update)
    }

    /// The gateways' offline queues hold `level` entries after a change at `now`, which gave up
    /// `dropped` readings.
    public mutating func recordOfflineQueues(level: Int, dropped: Int, now: SimTime) {
        streamSeconds.record(at: now) {
            $0.offlineQueued = max($0.offlineQueued, Int64(level))
            $0.offlineLevel = Int64(level)
            $0.offlineDropped += Int64(dropped)
        }
    }

    /// One entry failed with `InternalFailure` at `now`.
    public mutating func recordInternalFailure(now: SimTime) {
        internalFailures += 1
        streamSeconds.record(at: now) { $0.failedRecords += 1 }
    }

    /// Closes every series and every shard's last second at the run's `end`. Idempotent.
    public mutating func finish(at end: SimTime) {
        for index in shards.indices {
            shards[index].peak.closeSecond(limits: writeLimits)
            shards[index].minutes.finish(at: end)
        }
        streamSeconds.finish(at: end)
        for index in consumers.indices {
            consumers[index].seconds.finish(at: end)
            consumers[index].leases?.finish(at: end)
        }
        streamMinutes = streamSeconds.coarsened(by: 60)
    }

    /// Rejected entries / attempted entries.
    public var throttleRate: Double { putEntries == 0 ? 0 : Double(throttledEntries) / Double(putEntries) }
    public var getCalls: UInt64 { consumers.reduce(0) { $0 + $1.getCalls } }
    public var throttledGetCalls: UInt64 { consumers.reduce(0) { $0 + $1.throttledGetCalls } }
}
