import SimKernel
import StreamModel

/// What one GetRecords step of a shard's loop came to.
public enum PollStep {
    /// GetShardIterator was throttled (R8): try the step again at `retryAt`.
    case iteratorRefused(retryAt: SimTime)
    /// The call was made; its records (`batch`, possibly empty) were processed. The shard is
    /// done for this reader (`ended`, known once the batch is processed at `doneAt`), or the loop
    /// calls again at `nextAt`.
    case called(batch: Range<UInt64>, doneAt: SimTime, nextAt: SimTime?, ended: Bool)
}

/// One GetRecords call of a shard's loop and the processing of what it returned: the step every
/// kind that polls (raw loops, KCL's polling retrieval) shares.
extension PollingConsumer {
    /// Calls GetRecords on `shard` at `now` (taking an iterator first when the loop holds none,
    /// after its first call or an expiry) and processes the batch in order from the moment its
    /// response arrives.
    public mutating func call<Host: ConsumerHost>(shard: Int, now: SimTime, host: inout Host) -> PollStep {
        guard let fetched = fetch(shard: shard, now: now, host: &host) else {
            return .iteratorRefused(retryAt: retryIterator(after: now))
        }
        var busy = SimDuration.zero
        if !fetched.batch.isEmpty {
            busy = process(shard: shard, batch: fetched.batch,
                           read: ReadTimes(served: now, received: fetched.respondedAt, handled: now), host: &host)
        }
        // The consumer learns the shard ended from the response, once it has processed it.
        guard !host.stream.cursor(reader: reader, shard: shard).ended else {
            return .called(batch: fetched.batch, doneAt: fetched.respondedAt + busy, nextAt: nil, ended: true)
        }
        return .called(batch: fetched.batch, doneAt: fetched.respondedAt + busy,
                       nextAt: nextPoll(after: fetched.outcome, respondedAt: fetched.respondedAt, busy: busy), ended: false)
    }

    /// GetRecords on `shard` at `now`, observed, without processing: the records returned
    /// (`batch`), the outcome, and when the response reaches the consumer. Nil when the loop held
    /// no iterator and GetShardIterator was throttled (R8).
    public mutating func fetch<Host: ConsumerHost>(shard: Int, now: SimTime, host: inout Host)
        -> (batch: Range<UInt64>, outcome: ReadOutcome, respondedAt: SimTime)? {
        if host.stream.cursor(reader: reader, shard: shard).iteratorIssuedAt == nil,
           host.stream.getShardIterator(reader: reader, shard: shard, now: now) == .throttled {
            host.observe(.iteratorThrottled(app: app, shard: shard), now: now)
            return nil
        }
        let outcome = host.stream.getRecords(reader: reader, shard: shard, limit: config.limit, now: now)
        let respondedAt = response(toCallAt: now)
        host.observe(.called(app: app, reader: reader, shard: shard, outcome: outcome), now: now)
        guard case .records(let first, let count, _) = outcome else { return (0..<0, outcome, respondedAt) }
        return (first..<(first + UInt64(count)), outcome, respondedAt)
    }

    /// Processes `batch` of `shard` in order from the moment the consumer received it, one
    /// `processing` draw per reading; returns the time processing took.
    public mutating func process<Host: ConsumerHost>(shard: Int, batch: Range<UInt64>, read: ReadTimes,
                                                     host: inout Host) -> SimDuration {
        var done = read.received
        for offset in batch {
            done = done + processingTime(shard: shard, offset: offset, host: host)
            host.observe(.processed(app: app, shard: shard, offset: offset, read: read, processedAt: done), now: read.handled)
        }
        return done - read.received
    }
}
