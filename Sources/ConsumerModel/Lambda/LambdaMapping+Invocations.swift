import SimKernel
import StreamModel

/// Invocations of the function: batching, concurrency, failures, retries, bisection, discards.
extension LambdaMapping {
    /// Invokes the lane's next batch at `time` if it is idle, has records, its batching window
    /// allows and the mapping's concurrency has room; records older than `maxRecordAge` are
    /// discarded first.
    mutating func invokeIfReady<Host: ConsumerHost, Queue: ConsumerScheduler>(shard: Int, lane: Int, at time: SimTime,
                                                                            host: inout Host, queue: inout Queue) {
        guard lanes[shard][lane].isIdle else { return }
        discardAged(shard: shard, lane: lane, at: time, host: &host)
        let pending = lanes[shard][lane].pending
        guard pending > 0 else { return }
        if let retryAt = lanes[shard][lane].retryAt, time < retryAt {
            wake(shard: shard, lane: lane, at: retryAt, queue: &queue)
            return
        }
        let size = lanes[shard][lane].segments.first ?? settings.batchSize
        if pending < size, .zero < settings.batchWindow, let opened = lanes[shard][lane].windowOpenedAt,
           time - opened < settings.batchWindow {
            wake(shard: shard, lane: lane, at: opened + settings.batchWindow, queue: &queue)
            return
        }
        if let limit = settings.maxConcurrency, running >= limit {
            if !waitingForConcurrency.contains(where: { $0 == (shard, lane) }) { waitingForConcurrency.append((shard, lane)) }
            return
        }
        invoke(shard: shard, lane: lane, count: batchCount(shard: shard, lane: lane, size: size, host: host), at: time,
               host: &host, queue: &queue)
    }

    /// The lane looks again at `time` (its window closes, or its failed batch may be retried).
    mutating func wake<Queue: ConsumerScheduler>(shard: Int, lane: Int, at time: SimTime, queue: inout Queue) {
        guard !lanes[shard][lane].wakePending else { return }
        lanes[shard][lane].wakePending = true
        queue.schedule(laneEvent(.wake, shard: shard, lane: lane), at: time)
    }

    /// Records of the next batch: up to `size`, within the 6 MB invocation payload.
    func batchCount<Host: ConsumerHost>(shard: Int, lane: Int, size: Int, host: Host) -> Int {
        var count = 0
        var bytes: Int64 = 0
        for offset in lanes[shard][lane].front.prefix(size) {
            bytes += host.stream.record(shard: shard, offset: offset).bytes
            if count > 0 && bytes > LambdaConfig.maxPayloadBytes { break }
            count += 1
        }
        return count
    }

    /// Runs the function on the lane's first `count` records from `time`: the overhead, then
    /// each record's processing in order; a failing invocation stops after a random number of
    /// them. Its end is an event.
    mutating func invoke<Host: ConsumerHost, Queue: ConsumerScheduler>(shard: Int, lane: Int, count: Int, at time: SimTime,
                                                                     host: inout Host, queue: inout Queue) {
        let batch = Array(lanes[shard][lane].front.prefix(count))
        let fails = settings.failureRate > 0 && reading.random.chance(settings.failureRate)
        let processed = fails ? Int(reading.random.bounded(UInt64(count))) : count
        let newest = host.stream.record(shard: shard, offset: batch[count - 1]).arrival
        host.observe(.invoking(app: reading.app, shard: shard, iteratorAgeMs: (time - newest).nanoseconds / 1_000_000), now: time)
        var done = time + settings.invocationOverhead.sample(&reading.random)
        let read = ReadTimes(served: time, received: time, handled: time)
        for offset in batch.prefix(processed) {
            done = done + reading.processingTime(shard: shard, offset: offset, host: host)
            host.observe(.processed(app: reading.app, shard: shard, offset: offset, read: read, processedAt: done), now: time)
        }
        lanes[shard][lane].inFlight = count
        lanes[shard][lane].failed = fails
        lanes[shard][lane].windowOpenedAt = nil
        running += 1
        queue.schedule(laneEvent(.invocationDone, shard: shard, lane: lane), at: done)
    }

    /// The lane's invocation ended: a success checkpoints and moves on; a failure retries,
    /// bisects or discards. Then the lane, lanes waiting for concurrency and the poller go on.
    mutating func invocationDone<Host: ConsumerHost, Queue: ConsumerScheduler>(shard: Int, lane: Int, now: SimTime,
                                                                             host: inout Host, queue: inout Queue) {
        let count = lanes[shard][lane].inFlight!
        let failed = lanes[shard][lane].failed
        lanes[shard][lane].inFlight = nil
        running -= 1
        host.observe(.invoked(app: reading.app, shard: shard, records: count, failed: failed), now: now)
        if failed {
            fail(shard: shard, lane: lane, count: count, now: now, host: &host)
        } else {
            finishFront(shard: shard, lane: lane, count: count, now: now, host: &host)
        }
        if lanes[shard][lane].pending > 0 && lanes[shard][lane].windowOpenedAt == nil { lanes[shard][lane].windowOpenedAt = now }
        invokeIfReady(shard: shard, lane: lane, at: now, host: &host, queue: &queue)
        while running < (settings.maxConcurrency ?? .max), !waitingForConcurrency.isEmpty {
            let next = waitingForConcurrency.removeFirst()
            invokeIfReady(shard: next.shard, lane: next.lane, at: now, host: &host, queue: &queue)
        }
        resumePolling(shard: shard, now: now, queue: &queue)
        finishIfDrained(shard, now: now, host: &host, queue: &queue)
    }

    /// A failed batch: discarded once it has been retried `maxRetryAttempts` times, otherwise
    /// retried a poll interval later (split in two with `bisectOnError`); the lane is blocked
    /// meanwhile. With one lane the retry rewinds the shard to the batch's first record.
    mutating func fail<Host: ConsumerHost>(shard: Int, lane: Int, count: Int, now: SimTime, host: inout Host) {
        lanes[shard][lane].retries += 1
        lanes[shard][lane].retryAt = now + reading.config.pollInterval
        if lanes[shard][lane].blockedSince == nil { lanes[shard][lane].blockedSince = now }
        if let limit = settings.maxRetryAttempts, lanes[shard][lane].retries > limit {
            for offset in lanes[shard][lane].front.prefix(count) {
                host.observe(.discarded(app: reading.app, shard: shard, offset: offset), now: now)
            }
            finishFront(shard: shard, lane: lane, count: count, now: now, host: &host)
            return
        }
        if settings.bisectOnError && count > 1 {
            let halves = [count / 2, count - count / 2]
            if lanes[shard][lane].segments.isEmpty {
                lanes[shard][lane].segments = halves
            } else {
                lanes[shard][lane].segments.replaceSubrange(0..<1, with: halves)
            }
        }
        if settings.parallelization == 1 {
            host.observe(.rewound(app: reading.app, shard: shard, to: lanes[shard][lane].front.first!), now: now)
        }
    }

    /// The lane's first `count` records are done (processed, or discarded): the lane moves past
    /// them, is no longer blocked, and the mapping checkpoints.
    mutating func finishFront<Host: ConsumerHost>(shard: Int, lane: Int, count: Int, now: SimTime, host: inout Host) {
        lanes[shard][lane].removeFront(count)
        lanes[shard][lane].retryAt = nil
        if !lanes[shard][lane].segments.isEmpty { lanes[shard][lane].segments.removeFirst() }
        if lanes[shard][lane].segments.isEmpty { lanes[shard][lane].retries = 0 }
        if let since = lanes[shard][lane].blockedSince, lanes[shard][lane].segments.isEmpty {
            host.observe(.unblocked(app: reading.app, shard: shard, after: now - since), now: now)
            lanes[shard][lane].blockedSince = nil
        }
        checkpoint(shard: shard, now: now, host: &host)
    }

    /// `maxRecordAge`: records at the lane's front older than this at `time` are discarded.
    mutating func discardAged<Host: ConsumerHost>(shard: Int, lane: Int, at time: SimTime, host: inout Host) {
        guard let age = settings.maxRecordAge else { return }
        var count = 0
        for offset in lanes[shard][lane].front {
            guard time - host.stream.record(shard: shard, offset: offset).arrival > age else { break }
            host.observe(.discarded(app: reading.app, shard: shard, offset: offset), now: time)
            count += 1
        }
        guard count > 0 else { return }
        lanes[shard][lane].removeFront(count)
        lanes[shard][lane].segments = []
        lanes[shard][lane].retries = 0
        lanes[shard][lane].retryAt = nil
        if let since = lanes[shard][lane].blockedSince {
            host.observe(.unblocked(app: reading.app, shard: shard, after: time - since), now: time)
            lanes[shard][lane].blockedSince = nil
        }
        checkpoint(shard: shard, now: time, host: &host)
    }
}
