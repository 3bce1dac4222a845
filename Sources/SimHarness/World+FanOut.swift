import ConsumerModel
import SimKernel
import StreamModel

/// Enhanced fan-out consumers: records are pushed over a subscription per shard, paced by the
/// consumer's own 2 MiB/s per shard, never touching the shard's shared read limits (E1–E4).
///
/// Event-driven: a push event takes what is visible and schedules the next after a push delay;
/// when nothing was there, the subscription goes idle and the shard's next accepted record wakes
/// it (at that record's visibility, plus a push delay).
extension World {
    /// One push to a fan-out consumer from one shard.
    mutating func push(consumer: Int, shard: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        let maxBytes: Int64
        switch consumers[consumer].pushStep(shard: shard, now: now) {
        case .resubscribe(let at):
            queue.schedule(.push(consumer: Int32(consumer), shard: Int32(shard)), at: at, phase: .consume)
            return
        case .push(let allowance):
            maxBytes = allowance
        }
        let reader = consumers[consumer].reader
        let outcome = stream.pushRecords(reader: reader, shard: shard, maxBytes: maxBytes, now: now)
        accountLoss(consumer: consumer, shard: shard)
        guard case .records(let first, let count, let bytes) = outcome else { preconditionFailure("a push cannot be throttled") }
        let busy = process(consumer: consumer, shard: shard, first: first, count: count, now: now)
        if stream.cursor(reader: reader, shard: shard).ended {
            finishShard(consumer: consumer, shard: shard, now: now, queue: &queue)
        } else if let next = consumers[consumer].afterPush(shard: shard, bytes: bytes, count: count, now: now + busy) {
            queue.schedule(.push(consumer: Int32(consumer), shard: Int32(shard)), at: next, phase: .consume)
        }
    }

    /// A record accepted by `shard`, visible at `visibleAt`, wakes the idle subscriptions to it.
    mutating func wakeSubscribers(shard: Int, visibleAt: SimTime, queue: inout EventQueue<WorldEvent>) {
        for consumer in fanOutConsumers where consumers[consumer].wakeIfIdle(shard: shard) {
            let at = visibleAt + consumers[consumer].pushDelay()
            queue.schedule(.push(consumer: Int32(consumer), shard: Int32(shard)), at: at, phase: .consume)
        }
    }

    /// Starts a fan-out consumer on `shard`: SubscribeToShard, then the first push a round trip later.
    mutating func subscribe(consumer: Int, shard: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        consumers[consumer].subscribe(shard: shard, now: now)
        let first = consumers[consumer].firstPoll(after: now)
        queue.schedule(.push(consumer: Int32(consumer), shard: Int32(shard)), at: first, phase: .consume)
    }
}
