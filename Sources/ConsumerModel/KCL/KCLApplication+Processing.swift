import SimKernel
import StreamModel

/// Record processing of the lease owners: the shard's GetRecords loop, checkpoints, and
/// SHARD_END (the parent's lease is deleted once checkpointed, and its children's leases are
/// created, as KCL 2.x's `ShutdownTask` does).
extension KCLApplication {
    /// The owner of `shard`'s lease reads it, unless it has none alive (the loop stops; the next
    /// owner starts it again) or a parent has not reached SHARD_END yet (it looks again
    /// `parentShardPollInterval` later).
    mutating func poll<Host: ConsumerHost, Queue: ConsumerScheduler>(shard: Int, now: SimTime, host: inout Host,
                                                                     queue: inout Queue) {
        pollPending[shard] = false
        guard let owner = leases[shard]?.owner, workers[owner].alive, workers[owner].held.contains(shard) else { return }
        guard host.stream.shards[shard].parents.allSatisfy({ finished[$0] }) else {
            schedulePoll(shard: shard, at: now + KCLConfig.parentShardPollInterval, queue: &queue)
            return
        }
        if subscriptions != nil {
            subscribe(shard: shard, now: now, host: &host, queue: &queue)
            return
        }
        if needsSeek[shard] {
            guard seekToCheckpoint(shard: shard, now: now, host: &host) else {
                host.observe(.iteratorThrottled(app: reading.app, shard: shard), now: now)
                schedulePoll(shard: shard, at: reading.retryIterator(after: now), queue: &queue)
                return
            }
            needsSeek[shard] = false
        }
        switch reading.call(shard: shard, now: now, host: &host) {
        case .iteratorRefused(let retryAt):
            schedulePoll(shard: shard, at: retryAt, queue: &queue)
        case .called(let batch, let doneAt, let nextAt, let ended):
            leases[shard]!.sinceCheckpoint += batch.count
            if ended {
                reachShardEnd(shard, owner: owner, now: now, host: &host)
            } else {
                checkpointIfDue(shard: shard, doneAt: doneAt, host: &host, now: now)
                schedulePoll(shard: shard, at: nextAt!, queue: &queue)
            }
        }
    }

    /// The iterator type that points at the lease's checkpoint: `AT_SEQUENCE_NUMBER`; the trim
    /// horizon when retention passed it; `LATEST` when nothing follows it.
    func checkpointPosition<Host: ConsumerHost>(shard: Int, host: Host) -> ShardIteratorType {
        let checkpoint = leases[shard]!.checkpoint
        let stored = host.stream.shards[shard]
        if checkpoint < stored.firstOffset { return .trimHorizon }
        if checkpoint >= stored.nextOffset { return .latest }
        return .atSequenceNumber(host.stream.sequenceNumber(shard: shard, offset: checkpoint))
    }

    /// GetShardIterator at the lease's checkpoint: returns false when throttled (R8).
    mutating func seekToCheckpoint<Host: ConsumerHost>(shard: Int, now: SimTime, host: inout Host) -> Bool {
        let type = checkpointPosition(shard: shard, host: host)
        guard host.stream.getShardIterator(reader: reading.reader, shard: shard, type: type, now: now) == .issued else { return false }
        host.observe(.rewound(app: reading.app, shard: shard, to: host.stream.position(reader: reading.reader, shard: shard)), now: now)
        return true
    }

    /// Checkpoints after `checkpointEvery` records, or `checkpointInterval` after the last
    /// checkpoint when records were processed since, once the batch is processed.
    mutating func checkpointIfDue<Host: ConsumerHost>(shard: Int, doneAt: SimTime, host: inout Host, now: SimTime) {
        let lease = leases[shard]!
        guard lease.sinceCheckpoint > 0,
              lease.sinceCheckpoint >= settings.checkpointEvery || doneAt - lease.checkpointedAt >= settings.checkpointInterval
        else { return }
        checkpoint(shard: shard, upTo: host.stream.position(reader: reading.reader, shard: shard), at: doneAt,
                   shardEnd: false, host: &host, now: now)
    }

    mutating func checkpoint<Host: ConsumerHost>(shard: Int, upTo offset: UInt64, at time: SimTime, shardEnd: Bool,
                                                 host: inout Host, now: SimTime) {
        leases[shard]!.checkpoint = offset
        leases[shard]!.sinceCheckpoint = 0
        leases[shard]!.checkpointedAt = time
        host.stream.checkpoint(reader: reading.reader, shard: shard, upTo: offset)
        host.observe(.checkpointed(app: reading.app, shard: shard, upTo: offset, shardEnd: shardEnd), now: now)
    }

    /// SHARD_END: the owner checkpoints it (without which children never start), the children's
    /// leases are created (at TRIM_HORIZON), and the parent's lease is deleted.
    mutating func reachShardEnd<Host: ConsumerHost>(_ shard: Int, owner: Int, now: SimTime, host: inout Host) {
        checkpoint(shard: shard, upTo: host.stream.shards[shard].nextOffset, at: now, shardEnd: true, host: &host, now: now)
        finished[shard] = true
        track(shardCount: host.stream.shards.count)
        for child in host.stream.shards[shard].children where leases[child] == nil && !finished[child] {
            leases[child] = Lease(checkpoint: host.stream.shards[child].firstOffset, now: now)
        }
        workers[owner].held.removeAll { $0 == shard }
        leases[shard] = nil
        host.observe(.leaseDropped(app: reading.app, shard: shard, worker: owner), now: now)
    }

    mutating func schedulePoll<Queue: ConsumerScheduler>(shard: Int, at time: SimTime, queue: inout Queue) {
        pollPending[shard] = true
        queue.schedule(ConsumerEvent(app: reading.app, action: Action.poll.rawValue, target: shard), at: time)
    }
}
