import SimKernel
import StreamModel

/// A KCL application as the world sees it: at the start every open shard gets a lease and each
/// worker starts its renewer and its taker (a random moment within the first second, as
/// processes of one deployment start a little apart).
extension KCLApplication: ConsumerApplication {
    public var name: String { reading.config.name }
    public var reader: Int { reading.reader }
    public var wantsAcceptedRecords: Bool { subscriptions != nil }

    public mutating func receive<Host: ConsumerHost, Queue: ConsumerScheduler>(
        _ signal: ConsumerSignal, now: SimTime, host: inout Host, queue: inout Queue) {
        switch signal {
        case .start(let shards):
            start(shards: shards, now: now, host: host, queue: &queue)
        case .event(let event):
            handle(event, now: now, host: &host, queue: &queue)
        case .resharded(let closed, _):
            // Children's leases are created when a parent reaches SHARD_END.
            track(shardCount: host.stream.shards.count)
            // A waiting subscription to a closed parent is sent its final event (E5).
            for shard in closed where subscriptions != nil { wakeSubscription(shard: shard, visibleAt: now, queue: &queue) }
        case .crash(let worker, let until):
            crash(worker: worker, until: until, now: now, host: &host, queue: &queue)
        case .recordAccepted(let shard, let visibleAt):
            wakeSubscription(shard: shard, visibleAt: visibleAt, queue: &queue)
        }
    }

    mutating func start<Host: ConsumerHost, Queue: ConsumerScheduler>(shards: [Int], now: SimTime, host: Host,
                                                                      queue: inout Queue) {
        track(shardCount: host.stream.shards.count)
        for shard in shards {
            leases[shard] = Lease(checkpoint: host.stream.position(reader: reader, shard: shard), now: now)
        }
        for worker in workers.indices {
            let startsAt = now + .nanoseconds(Int64(reading.random.bounded(1_000_000_000)))
            queue.schedule(workerEvent(.take, worker: worker), at: startsAt)
            queue.schedule(workerEvent(.renew, worker: worker), at: startsAt + settings.renewInterval)
        }
    }

    mutating func handle<Host: ConsumerHost, Queue: ConsumerScheduler>(_ event: ConsumerEvent, now: SimTime, host: inout Host,
                                                                       queue: inout Queue) {
        if event.action >= Self.fanOutActions, let action = FanOutConsumer.Action(rawValue: event.action - Self.fanOutActions) {
            handleFanOut(action, shard: Int(event.target), now: now, host: &host, queue: &queue)
            return
        }
        switch Action(rawValue: event.action) {
        case .poll:
            poll(shard: Int(event.target), now: now, host: &host, queue: &queue)
        case .renew:
            if let worker = currentWorker(of: event) { renew(worker: worker, now: now, queue: &queue) }
        case .take:
            if let worker = currentWorker(of: event) { take(worker: worker, now: now, host: &host, queue: &queue) }
        case .restart:
            restart(worker: Int(event.target), now: now, host: &host, queue: &queue)
        case nil:
            modelPreconditionFailure("\(name): unknown action \(event.action)")
        }
    }
}
