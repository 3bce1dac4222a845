import SimKernel
import StreamModel

/// The lease coordinator of each worker: renewals and the lease taker (KCL 2.x
/// `DynamoDBLeaseRenewer`, `DynamoDBLeaseTaker`).
extension KCLApplication {
    /// Renews every lease the worker still owns; the next renewal is a renew interval later.
    mutating func renew<Queue: ConsumerScheduler>(worker: Int, now: SimTime, queue: inout Queue) {
        for shard in workers[worker].held where leases[shard]?.owner == worker { leases[shard]!.renewedAt = now }
        queue.schedule(workerEvent(.renew, worker: worker), at: now + settings.renewInterval)
    }

    /// One lease-taker pass: up to the worker's fair share, expired leases first; with none
    /// expired, one stolen from the most loaded worker. The next pass is a taker interval later.
    mutating func take<Host: ConsumerHost, Queue: ConsumerScheduler>(worker: Int, now: SimTime, host: inout Host,
                                                                     queue: inout Queue) {
        queue.schedule(workerEvent(.take, worker: worker), at: now + settings.takerInterval)
        var counts = Array(repeating: 0, count: workers.count)
        var available: [Int] = []
        var total = 0
        for (shard, lease) in leases.enumerated() {
            guard let lease else { continue }
            total += 1
            if lease.isAvailable(at: now, failoverTime: settings.failoverTime) {
                available.append(shard)
            } else if let owner = lease.owner {
                counts[owner] += 1
            }
        }
        let liveWorkers = counts.indices.filter { counts[$0] > 0 || $0 == worker }.count
        let target = (total + liveWorkers - 1) / max(1, liveWorkers)
        let needed = target - counts[worker]
        guard needed > 0 else { return }
        if !available.isEmpty {
            shuffle(&available)
            for shard in available.prefix(needed) { assign(shard, to: worker, stolen: false, now: now, host: &host, queue: &queue) }
        } else if let shard = leaseToSteal(counts: counts, target: target, needed: needed) {
            assign(shard, to: worker, stolen: true, now: now, host: &host, queue: &queue)
        }
    }

    /// A lease of the most loaded worker when it holds more than the target (or exactly the
    /// target while this worker needs more than one), as KCL 2.x's `chooseLeasesToSteal`.
    mutating func leaseToSteal(counts: [Int], target: Int, needed: Int) -> Int? {
        guard let most = counts.indices.max(by: { counts[$0] < counts[$1] }) else { return nil }
        let over = counts[most] - target
        guard over > 0 || (over == 0 && needed > 1) else { return nil }
        let theirs = workers[most].held.filter { leases[$0]?.owner == most }
        guard !theirs.isEmpty else { return nil }
        return theirs[Int(reading.random.bounded(UInt64(theirs.count)))]
    }

    /// Worker `worker` takes the lease of `shard`: its processing starts from the checkpoint.
    mutating func assign<Host: ConsumerHost, Queue: ConsumerScheduler>(_ shard: Int, to worker: Int, stolen: Bool, now: SimTime,
                                                                       host: inout Host, queue: inout Queue) {
        let previous = leases[shard]!.owner
        if let previous, previous != worker {
            workers[previous].held.removeAll { $0 == shard }
            if stolen { host.observe(.leaseDropped(app: reading.app, shard: shard, worker: previous), now: now) }
        }
        leases[shard]!.owner = worker
        leases[shard]!.renewedAt = now
        leases[shard]!.sinceCheckpoint = 0
        if previous != worker { workers[worker].held.append(shard) }
        host.observe(.leaseTaken(app: reading.app, shard: shard, worker: worker, previous: previous,
                                 expired: previous != nil && !stolen), now: now)
        needsSeek[shard] = true
        if !pollPending[shard] { schedulePoll(shard: shard, at: reading.firstPoll(after: now), queue: &queue) }
    }

    /// Fisher–Yates from the application's substream: KCL shuffles expired leases before taking.
    mutating func shuffle(_ shards: inout [Int]) {
        guard shards.count > 1 else { return }
        for index in stride(from: shards.count - 1, to: 0, by: -1) {
            shards.swapAt(index, Int(reading.random.bounded(UInt64(index + 1))))
        }
    }

    /// The worker stops without checkpointing: its leases stay in its name until they expire.
    mutating func crash<Host: ConsumerHost, Queue: ConsumerScheduler>(worker: Int, until: SimTime, now: SimTime,
                                                                      host: inout Host, queue: inout Queue) {
        guard workers[worker].alive else { return }
        workers[worker].alive = false
        host.observe(.workerCrashed(app: reading.app, worker: worker), now: now)
        queue.schedule(ConsumerEvent(app: reading.app, action: Action.restart.rawValue, target: worker), at: until)
    }

    /// The worker starts again: it keeps the leases still in its name and not expired (KCL's
    /// renewer loads them at start), processes them from their checkpoints, and runs its taker.
    mutating func restart<Host: ConsumerHost, Queue: ConsumerScheduler>(worker: Int, now: SimTime, host: inout Host,
                                                                        queue: inout Queue) {
        generations[worker] &+= 1
        workers[worker].alive = true
        workers[worker].held = workers[worker].held.filter { shard in
            leases[shard].map { $0.owner == worker && !$0.isAvailable(at: now, failoverTime: settings.failoverTime) } ?? false
        }
        host.observe(.workerRestarted(app: reading.app, worker: worker), now: now)
        for shard in workers[worker].held {
            needsSeek[shard] = true
            if !pollPending[shard] { schedulePoll(shard: shard, at: reading.firstPoll(after: now), queue: &queue) }
        }
        renew(worker: worker, now: now, queue: &queue)
        take(worker: worker, now: now, host: &host, queue: &queue)
    }
}
