import SimKernel

/// The read side: GetRecords calls per consumer, and their figures in the stream's and the
/// shard's series; fan-out events, which have their own figures.
extension RunMetrics {
    /// A GetRecords call of `consumer` on `shard` rejected by the shard's read limits.
    public mutating func recordThrottledGetCall(consumer: Int, shard: Int, now: SimTime) {
        consumers[consumer].getCalls += 1
        consumers[consumer].throttledGetCalls += 1
        record(shard: shard, at: now) { $0.readThrottledCalls += 1 }
    }

    /// A successful GetRecords call of `consumer` on `shard` (an empty one included).
    public mutating func recordGetRecords(consumer: Int, shard: Int, _ returned: GetRecordsReturn, now: SimTime) {
        consumers[consumer].getCalls += 1
        consumers[consumer].getRecordsBytes += UInt64(returned.bytes)
        consumers[consumer].maxIteratorAgeMs = max(consumers[consumer].maxIteratorAgeMs, returned.iteratorAgeMs)
        consumers[consumer].maxMillisBehindLatest = max(consumers[consumer].maxMillisBehindLatest, returned.millisBehindLatest)
        consumers[consumer].seconds.record(at: now) {
            $0.records += Int64(returned.records)
            $0.maxIteratorAgeMs = max($0.maxIteratorAgeMs, returned.iteratorAgeMs)
            $0.maxMillisBehindLatest = max($0.maxMillisBehindLatest, returned.millisBehindLatest)
        }
        record(shard: shard, at: now) {
            $0.getRecordsRecords += Int64(returned.records)
            $0.getRecordsBytes += returned.bytes
            $0.maxIteratorAgeMs = max($0.maxIteratorAgeMs, returned.iteratorAgeMs)
        }
    }

    /// A fan-out event (`SubscribeToShardEvent`) of `records` records and `bytes` bytes that
    /// reached `consumer` at `now`: its `MillisBehindLatest` (E5). Not a GetRecords call, so
    /// neither the consumer's calls nor the `GetRecords.*` series (polling metrics) count it, and
    /// it has no iterator age.
    public mutating func recordPushEvent(consumer: Int, records: Int, bytes: Int64, millisBehindLatest: Int64, now: SimTime) {
        consumers[consumer].pushedBytes += UInt64(bytes)
        consumers[consumer].maxMillisBehindLatest = max(consumers[consumer].maxMillisBehindLatest, millisBehindLatest)
        consumers[consumer].seconds.record(at: now) {
            $0.records += Int64(records)
            $0.maxMillisBehindLatest = max($0.maxMillisBehindLatest, millisBehindLatest)
        }
    }

    /// The age of the newest record of a batch a Lambda mapping hands its function (its
    /// `IteratorAge`): the consumer's iterator age, in its figures and its second's.
    public mutating func recordIteratorAge(consumer: Int, ageMs: Int64, now: SimTime) {
        consumers[consumer].maxIteratorAgeMs = max(consumers[consumer].maxIteratorAgeMs, ageMs)
        consumers[consumer].seconds.record(at: now) { $0.maxIteratorAgeMs = max($0.maxIteratorAgeMs, ageMs) }
    }

    /// A record `consumer` processed `latency` after its emission, handed to it at `now`.
    public mutating func recordDelivery(consumer: Int, latency: SimDuration, now: SimTime) {
        consumers[consumer].delivered += 1
        let microseconds = LatencyHistogram.microseconds(latency)
        consumers[consumer].latency.recordMicroseconds(microseconds)
        consumers[consumer].seconds.recordLatency(microseconds: microseconds, at: now)
    }
}
