import ConsumerModel
import SimKernel
import StreamModel

/// Enhanced fan-out consumers: records are pushed over a subscription per shard, paced by the
/// consumer's own 2 MiB/s per shard, never touching the shard's shared read limits (E1–E5).
///
/// Event-driven: the service sends an event once its first record is visible and it reaches the
/// consumer a push delay later (`FanOutSubscription`); when everything has been pushed, the
/// subscription waits and the shard's next accepted record starts the next event. A subscription
/// is renewed when it expires (E3), a round trip that pauses the pushes; they go on from the
/// continuation, the reader's cursor (E5).
extension World {
    /// An event reaches a fan-out consumer: the records visible when it was sent, processed in order.
    mutating func push(consumer: Int, shard: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        let reader = consumers[consumer].reader
        let event = consumers[consumer].arrivingEvent(shard: shard)
        let outcome = stream.pushRecords(reader: reader, shard: shard, maxBytes: event.maxBytes, sentAt: event.sentAt, now: now)
        accountLoss(consumer: consumer, shard: shard)
        guard case .records(let first, let count, let bytes) = outcome else { modelPreconditionFailure("a push cannot be throttled") }
        if count > 0 {
            let behind = stream.millisBehindLatest(shard: shard, lastSent: first + UInt64(count - 1), sentAt: event.sentAt)
            metrics.recordPushEvent(consumer: consumer, records: count, bytes: bytes, millisBehindLatest: behind, now: now)
        }
        let busy = process(consumer: consumer, shard: shard, first: first, count: count,
                           read: ReadTimes(served: event.sentAt, received: now, handled: now))
        consumers[consumer].took(shard: shard, bytes: bytes, processedAt: now + busy)
        if stream.cursor(reader: reader, shard: shard).ended {
            finishShard(consumer: consumer, shard: shard, now: now, queue: &queue)
        } else {
            sendNext(consumer: consumer, shard: shard, queue: &queue)
        }
    }

    /// Sends the subscription's next event once its first record is visible, or lets it wait
    /// for the shard's next record when everything has been pushed.
    mutating func sendNext(consumer: Int, shard: Int, queue: inout EventQueue<WorldEvent>) {
        guard let visibleAt = stream.nextVisibleAt(reader: consumers[consumer].reader, shard: shard) else {
            consumers[consumer].waitForRecords(shard: shard)
            return
        }
        schedulePush(consumer: consumer, shard: shard, firstVisibleAt: visibleAt, queue: &queue)
    }

    mutating func schedulePush(consumer: Int, shard: Int, firstVisibleAt: SimTime, queue: inout EventQueue<WorldEvent>) {
        let arrival = consumers[consumer].send(shard: shard, firstVisibleAt: firstVisibleAt)
        queue.schedule(.push(consumer: Int32(consumer), shard: Int32(shard)), at: arrival, phase: .consume)
    }

    /// A record accepted by `shard`, visible at `visibleAt`, starts an event for each subscription
    /// waiting for one.
    mutating func wakeSubscribers(shard: Int, visibleAt: SimTime, queue: inout EventQueue<WorldEvent>) {
        for consumer in fanOutConsumers where consumers[consumer].isWaiting(shard: shard) {
            schedulePush(consumer: consumer, shard: shard, firstVisibleAt: visibleAt, queue: &queue)
        }
    }

    /// SubscribeToShard (at the start, on a child shard, or a renewal): the renewal is due when
    /// the subscription expires (E3), and a waiting subscription is sent what is there to send.
    /// The world never calls again within 5 s of a success (E4): renewals come a subscription
    /// lifetime apart, and a shard is first subscribed once.
    mutating func subscribe(consumer: Int, shard: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        let outcome = consumers[consumer].subscribe(shard: shard, now: now)
        guard case .subscribed(let renewAt) = outcome else {
            modelPreconditionFailure("\(consumers[consumer].config.name) subscribed to \(stream.shards[shard].id) at \(now): \(outcome)")
        }
        queue.schedule(.renewSubscription(consumer: Int32(consumer), shard: Int32(shard)), at: renewAt, phase: .consume)
        if consumers[consumer].isWaiting(shard: shard) { sendNext(consumer: consumer, shard: shard, queue: &queue) }
    }

    /// E3: the subscription to `shard` expired: the consumer subscribes again, unless the shard
    /// has ended for it.
    mutating func renewSubscription(consumer: Int, shard: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        guard !stream.cursor(reader: consumers[consumer].reader, shard: shard).ended else { return }
        subscribe(consumer: consumer, shard: shard, now: now, queue: &queue)
    }

    /// Sends each waiting subscription to a shard that just closed its final event (E5: no
    /// records, `ChildShards`), so the consumer learns the shard ended and goes on to the
    /// children. A subscription with an event on its way learns it from that event.
    mutating func wakeSubscribers(closed parents: [Int], now: SimTime, queue: inout EventQueue<WorldEvent>) {
        for consumer in fanOutConsumers {
            for shard in parents
            where consumers[consumer].isWaiting(shard: shard) && !stream.cursor(reader: consumers[consumer].reader, shard: shard).ended {
                schedulePush(consumer: consumer, shard: shard, firstVisibleAt: now, queue: &queue)
            }
        }
    }
}
