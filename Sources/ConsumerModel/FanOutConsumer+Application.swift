import SimKernel
import StreamModel

/// A fan-out consumer as an application, event-driven: the service sends an event once its
/// first record is visible and it reaches the consumer a push delay later; when everything has
/// been pushed, the subscription waits and the shard's next accepted record starts the next
/// event. A subscription is renewed when it expires (E3), a round trip that pauses the pushes;
/// they go on from the continuation, the reader's cursor (E5).
extension FanOutConsumer: ConsumerApplication {
    enum Action: UInt8 {
        /// An event reaches the consumer.
        case push
        /// The subscription expired: the consumer subscribes again (E3).
        case renewSubscription
    }

    public var name: String { reading.config.name }
    public var reader: Int { reading.reader }
    public var wantsAcceptedRecords: Bool { true }

    public mutating func receive<Host: ConsumerHost, Queue: ConsumerScheduler>(
        _ signal: ConsumerSignal, now: SimTime, host: inout Host, queue: inout Queue) {
        switch signal {
        case .start(let shards):
            for shard in shards { subscribe(shard: shard, now: now, host: &host, queue: &queue) }
        case .event(let event):
            let shard = Int(event.target)
            switch Action(rawValue: event.action) {
            case .push: push(shard: shard, now: now, host: &host, queue: &queue)
            case .renewSubscription: renewSubscription(shard: shard, now: now, host: &host, queue: &queue)
            case nil: modelPreconditionFailure("\(name): unknown action \(event.action)")
            }
        case .resharded(let closed, let opened):
            if reading.config.reshardOrder == .immediate {
                for shard in opened { subscribe(shard: shard, now: now, host: &host, queue: &queue) }
            }
            wakeClosed(closed, now: now, host: &host, queue: &queue)
        case .recordAccepted(let shard, let visibleAt):
            if isWaiting(shard: shard) { schedulePush(shard: shard, firstVisibleAt: visibleAt, queue: &queue) }
        case .crash:
            modelPreconditionFailure("\(name): a fan-out consumer got \(signal)")
        }
    }

    /// An event reaches the consumer: the records visible when it was sent, processed in order;
    /// once the shard has ended, a parent-first consumer goes on with the children it can read.
    mutating func push<Host: ConsumerHost, Queue: ConsumerScheduler>(shard: Int, now: SimTime, host: inout Host,
                                                                     queue: inout Queue) {
        guard takeEvent(shard: shard, now: now, host: &host, queue: &queue).ended,
              reading.config.reshardOrder == .parentFirst else { return }
        for child in host.stream.childrenDrained(after: shard, reader: reader) {
            subscribe(shard: child, now: now, host: &host, queue: &queue)
        }
    }

    /// The event of `shard` reaching the consumer at `now`: its records processed in order, the
    /// next event sent or awaited. Returns the records and whether the shard ended for the consumer.
    mutating func takeEvent<Host: ConsumerHost, Queue: ConsumerScheduler>(shard: Int, now: SimTime, host: inout Host,
                                                                          queue: inout Queue) -> (batch: Range<UInt64>, ended: Bool) {
        let event = arrivingEvent(shard: shard)
        let outcome = host.stream.pushRecords(reader: reader, shard: shard, maxBytes: event.maxBytes, sentAt: event.sentAt, now: now)
        guard case .records(let first, let count, let bytes) = outcome else { modelPreconditionFailure("a push cannot be throttled") }
        host.observe(.pushed(app: reading.app, reader: reader, shard: shard, first: first, count: count, bytes: bytes,
                             sentAt: event.sentAt), now: now)
        let batch = first..<(first + UInt64(count))
        let busy = reading.process(shard: shard, batch: batch, read: ReadTimes(served: event.sentAt, received: now, handled: now),
                                   host: &host)
        took(shard: shard, bytes: bytes, processedAt: now + busy)
        if host.stream.cursor(reader: reader, shard: shard).ended { return (batch, true) }
        sendNext(shard: shard, host: &host, queue: &queue)
        return (batch, false)
    }

    /// Sends the subscription's next event once its first record is visible, or lets it wait
    /// for the shard's next record when everything has been pushed.
    mutating func sendNext<Host: ConsumerHost, Queue: ConsumerScheduler>(shard: Int, host: inout Host, queue: inout Queue) {
        guard let visibleAt = host.stream.nextVisibleAt(reader: reader, shard: shard) else {
            waitForRecords(shard: shard)
            return
        }
        schedulePush(shard: shard, firstVisibleAt: visibleAt, queue: &queue)
    }

    mutating func schedulePush<Queue: ConsumerScheduler>(shard: Int, firstVisibleAt: SimTime, queue: inout Queue) {
        let arrival = send(shard: shard, firstVisibleAt: firstVisibleAt)
        queue.schedule(ConsumerEvent(app: reading.app, action: Action.push.rawValue, target: shard), at: arrival)
    }

    /// SubscribeToShard (at the start, on a child shard, or a renewal): the renewal is due when
    /// the subscription expires (E3), and a waiting subscription is sent what is there to send.
    /// The consumer never calls again within 5 s of a success (E4): renewals come a subscription
    /// lifetime apart, and a shard is first subscribed once.
    mutating func subscribe<Host: ConsumerHost, Queue: ConsumerScheduler>(shard: Int, now: SimTime, host: inout Host,
                                                                          queue: inout Queue) {
        let outcome = subscribe(shard: shard, now: now)
        guard case .subscribed(let renewAt) = outcome else {
            modelPreconditionFailure("\(name) subscribed to \(host.stream.shards[shard].id) at \(now): \(outcome)")
        }
        host.observe(.subscribed(app: reading.app), now: now)
        queue.schedule(ConsumerEvent(app: reading.app, action: Action.renewSubscription.rawValue, target: shard), at: renewAt)
        startSending(shard: shard, now: now, host: &host, queue: &queue)
    }

    /// A subscription in force starts sending: what is there to send goes, and a shard closed
    /// before the consumer came to it (UpdateShardCount's intermediate shards are closed from the
    /// start) sends its final event, so the consumer goes on to its children.
    mutating func startSending<Host: ConsumerHost, Queue: ConsumerScheduler>(shard: Int, now: SimTime, host: inout Host,
                                                                             queue: inout Queue) {
        if isWaiting(shard: shard) { sendNext(shard: shard, host: &host, queue: &queue) }
        if host.stream.shards[shard].state != .open { wakeClosed([shard], now: now, host: &host, queue: &queue) }
    }

    /// E3: the subscription to `shard` expired: the consumer subscribes again, unless the shard
    /// has ended for it.
    mutating func renewSubscription<Host: ConsumerHost, Queue: ConsumerScheduler>(shard: Int, now: SimTime, host: inout Host,
                                                                                  queue: inout Queue) {
        guard !host.stream.cursor(reader: reader, shard: shard).ended else { return }
        subscribe(shard: shard, now: now, host: &host, queue: &queue)
    }

    /// Sends each waiting subscription to a shard that just closed its final event (E5: no
    /// records, `ChildShards`), so the consumer learns the shard ended and goes on to the
    /// children. A subscription with an event on its way learns it from that event.
    mutating func wakeClosed<Host: ConsumerHost, Queue: ConsumerScheduler>(_ parents: [Int], now: SimTime, host: inout Host,
                                                                           queue: inout Queue) {
        for shard in parents where isWaiting(shard: shard) && !host.stream.cursor(reader: reader, shard: shard).ended {
            schedulePush(shard: shard, firstVisibleAt: now, queue: &queue)
        }
    }
}
