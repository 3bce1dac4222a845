import SimKernel
import StreamModel

/// The mapping's pollers: one GetRecords loop per shard, feeding the lanes.
extension LambdaMapping {
    mutating func poll<Host: ConsumerHost, Queue: ConsumerScheduler>(shard: Int, now: SimTime, host: inout Host,
                                                                     queue: inout Queue) {
        pollPending[shard] = false
        guard !finished[shard] else { return }
        guard buffered(shard) < readAhead else {
            pollWaiting[shard] = true
            return
        }
        guard let fetched = reading.fetch(shard: shard, now: now, host: &host) else {
            schedulePoll(shard: shard, at: reading.retryIterator(after: now), queue: &queue)
            return
        }
        // The response reaches the poller a round trip later; until then its read is in flight.
        inbox[shard] = fetched.batch
        pollPending[shard] = true
        queue.schedule(ConsumerEvent(app: reading.app, action: Action.received.rawValue, target: shard), at: fetched.respondedAt)
    }

    /// A GetRecords response reaches the poller: its records go to their lanes, idle lanes
    /// invoke, and the poller reads again (at once after a full read, else a poll interval later).
    mutating func receive<Host: ConsumerHost, Queue: ConsumerScheduler>(shard: Int, now: SimTime, host: inout Host,
                                                                        queue: inout Queue) {
        pollPending[shard] = false
        let batch = inbox[shard]
        inbox[shard] = 0..<0
        for offset in batch {
            let lane = settings.parallelization == 1
                ? 0 : Int(host.partitionKeyIndex(shard: shard, offset: offset) % UInt64(settings.parallelization))
            if lanes[shard][lane].pending == 0 && lanes[shard][lane].isIdle { lanes[shard][lane].windowOpenedAt = now }
            lanes[shard][lane].append(offset)
        }
        for lane in lanes[shard].indices { invokeIfReady(shard: shard, lane: lane, at: now, host: &host, queue: &queue) }
        if host.stream.cursor(reader: reader, shard: shard).ended {
            finishIfDrained(shard, now: now, host: &host, queue: &queue)
        } else {
            let full = batch.count >= reading.config.limit
            schedulePoll(shard: shard, at: now + (full ? .zero : reading.config.pollInterval), queue: &queue)
        }
    }

    /// A lane's batch is done: the poller reads again if it was waiting for room.
    mutating func resumePolling<Queue: ConsumerScheduler>(shard: Int, now: SimTime, queue: inout Queue) {
        guard pollWaiting[shard], !pollPending[shard], buffered(shard) < readAhead else { return }
        schedulePoll(shard: shard, at: now, queue: &queue)
    }

    /// The shard was read to its end and every record of it processed or discarded: it is
    /// checkpointed at SHARD_END and children whose parents are all finished start.
    mutating func finishIfDrained<Host: ConsumerHost, Queue: ConsumerScheduler>(_ shard: Int, now: SimTime, host: inout Host,
                                                                               queue: inout Queue) {
        guard !finished[shard], host.stream.cursor(reader: reader, shard: shard).ended,
              lanes[shard].allSatisfy({ $0.pending == 0 && $0.isIdle }) else { return }
        finished[shard] = true
        let end = host.stream.shards[shard].nextOffset
        host.stream.checkpoint(reader: reader, shard: shard, upTo: end)
        host.observe(.checkpointed(app: reading.app, shard: shard, upTo: end, shardEnd: true), now: now)
        guard reading.config.reshardOrder == .parentFirst else { return }
        track(shardCount: host.stream.shards.count)
        for child in host.stream.shards[shard].children
        where host.stream.shards[child].parents.allSatisfy({ finished[$0] }) && !pollPending[child] {
            schedulePoll(shard: child, at: reading.firstPoll(after: now), queue: &queue)
        }
    }

    /// After a batch is done: everything below the lanes' first waiting records (and below a
    /// response still on its way) is processed or discarded, so the mapping checkpoints there.
    mutating func checkpoint<Host: ConsumerHost>(shard: Int, now: SimTime, host: inout Host) {
        var upTo = host.stream.position(reader: reader, shard: shard)
        if !inbox[shard].isEmpty { upTo = min(upTo, inbox[shard].lowerBound) }
        for lane in lanes[shard] where lane.pending > 0 { upTo = min(upTo, lane.front.first!) }
        guard upTo > host.stream.cursor(reader: reader, shard: shard).checkpoint else { return }
        host.stream.checkpoint(reader: reader, shard: shard, upTo: upTo)
        host.observe(.checkpointed(app: reading.app, shard: shard, upTo: upTo, shardEnd: false), now: now)
    }
}
