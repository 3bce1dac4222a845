import SimKernel
import StreamModel

/// Fan-out retrieval: the owner of a lease subscribes to its shard from the checkpoint
/// (SubscribeToShard's `StartingPosition`, no iterator) and is pushed its records (E1–E5). The
/// subscriptions are the application's (one registered stream consumer); events for a shard
/// whose owner has crashed are lost with the worker, and the next owner subscribes again.
extension KCLApplication {
    /// Subscribes the owner of `shard` from the lease's checkpoint (after a takeover) or goes on
    /// (a renewal); a call within 5 s of the last success is refused (E4) and tried again then.
    mutating func subscribe<Host: ConsumerHost, Queue: ConsumerScheduler>(shard: Int, now: SimTime, host: inout Host,
                                                                          queue: inout Queue) {
        switch subscriptions!.subscribe(shard: shard, now: now, restart: needsSeek[shard]) {
        case .resourceInUse(let retryAt):
            schedulePoll(shard: shard, at: retryAt, queue: &queue)
        case .subscribed(let renewAt):
            host.observe(.subscribed(app: reading.app), now: now)
            if needsSeek[shard] {
                host.stream.reposition(reader: reading.reader, shard: shard, at: checkpointPosition(shard: shard, host: host))
                host.observe(.rewound(app: reading.app, shard: shard, to: host.stream.position(reader: reading.reader, shard: shard)),
                             now: now)
                needsSeek[shard] = false
            }
            queue.schedule(fanOutEvent(.renewSubscription, shard: shard), at: renewAt)
            withFanOutQueue(&queue) { subscriptions!.startSending(shard: shard, now: now, host: &host, queue: &$0) }
        }
    }

    /// A fan-out event of the subscriptions (push or renewal) is due.
    mutating func handleFanOut<Host: ConsumerHost, Queue: ConsumerScheduler>(_ action: FanOutConsumer.Action, shard: Int, now: SimTime,
                                                                             host: inout Host, queue: inout Queue) {
        guard let owner = leases[shard]?.owner, workers[owner].alive, workers[owner].held.contains(shard) else {
            // The owner is gone: the event is lost with it; the next owner subscribes anew.
            if action == .push { subscriptions!.waitForRecords(shard: shard) }
            return
        }
        switch action {
        case .push:
            let taken = withFanOutQueue(&queue) { subscriptions!.takeEvent(shard: shard, now: now, host: &host, queue: &$0) }
            leases[shard]!.sinceCheckpoint += taken.batch.count
            if taken.ended {
                reachShardEnd(shard, owner: owner, now: now, host: &host)
            } else {
                checkpointIfDue(shard: shard, doneAt: now, host: &host, now: now)
            }
        case .renewSubscription:
            // Only the renewal of the subscription in force: earlier owners' renewals lapse.
            guard !host.stream.cursor(reader: reading.reader, shard: shard).ended,
                  now >= subscriptions!.subscriptions[shard].expiresAt else { return }
            subscribe(shard: shard, now: now, host: &host, queue: &queue)
        }
    }

    /// A record accepted by `shard` wakes its subscription if it waits and its owner runs.
    mutating func wakeSubscription<Queue: ConsumerScheduler>(shard: Int, visibleAt: SimTime, queue: inout Queue) {
        guard shard < leases.count, let owner = leases[shard]?.owner, workers[owner].alive,
              subscriptions!.isWaiting(shard: shard) else { return }
        withFanOutQueue(&queue) { subscriptions!.schedulePush(shard: shard, firstVisibleAt: visibleAt, queue: &$0) }
    }

    func fanOutEvent(_ action: FanOutConsumer.Action, shard: Int) -> ConsumerEvent {
        ConsumerEvent(app: reading.app, action: action.rawValue + Self.fanOutActions, target: shard)
    }

    /// Runs `body` with a queue that shifts the subscriptions' action codes past the KCL's own.
    func withFanOutQueue<Queue: ConsumerScheduler, Result>(_ queue: inout Queue,
                                                           _ body: (inout ShiftedScheduler<Queue>) -> Result) -> Result {
        withUnsafeMutablePointer(to: &queue) { pointer in
            var shifted = ShiftedScheduler(inner: pointer, shift: Self.fanOutActions)
            return body(&shifted)
        }
    }
}

/// A scheduler that adds `shift` to each event's action code before handing it on, so two
/// models of one application keep their codes apart.
struct ShiftedScheduler<Inner: ConsumerScheduler>: ConsumerScheduler {
    let inner: UnsafeMutablePointer<Inner>
    let shift: UInt8

    mutating func schedule(_ event: ConsumerEvent, at time: SimTime) {
        var shifted = event
        shifted.action += shift
        inner.pointee.schedule(shifted, at: time)
    }
}
