import SimKernel
import StreamModel

/// A raw polling consumer as an application: one loop per shard, started at the run's start on
/// every shard, and after a reshard on the children, at once (`immediate`) or once their
/// parents are drained (`parent-first`, RS6).
extension PollingConsumer: ConsumerApplication {
    /// The polling consumer's one event: a shard's loop calls GetRecords.
    enum Action: UInt8 { case poll }

    public var name: String { config.name }

    public mutating func receive<Host: ConsumerHost, Queue: ConsumerScheduler>(
        _ signal: ConsumerSignal, now: SimTime, host: inout Host, queue: inout Queue) {
        switch signal {
        case .start(let shards):
            for shard in shards { startLoop(shard: shard, now: now, queue: &queue) }
        case .event(let event):
            poll(shard: Int(event.target), now: now, host: &host, queue: &queue)
        case .resharded(_, let opened):
            guard config.reshardOrder == .immediate else { return }
            for shard in opened { startLoop(shard: shard, now: now, queue: &queue) }
        case .recordAccepted, .crash:
            modelPreconditionFailure("\(config.name): a polling consumer got \(signal)")
        }
    }

    mutating func poll<Host: ConsumerHost, Queue: ConsumerScheduler>(shard: Int, now: SimTime, host: inout Host,
                                                                     queue: inout Queue) {
        switch call(shard: shard, now: now, host: &host) {
        case .iteratorRefused(let retryAt):
            schedulePoll(shard: shard, at: retryAt, queue: &queue)
        case .called(_, let doneAt, let nextAt, let ended):
            if let nextAt { schedulePoll(shard: shard, at: nextAt, queue: &queue) }
            if ended && config.reshardOrder == .parentFirst {
                for child in host.stream.childrenDrained(after: shard, reader: reader) {
                    startLoop(shard: child, now: doneAt, queue: &queue)
                }
            }
        }
    }

    /// The loop on `shard` starts (its shard discovered, or its parents drained); its first call,
    /// a random offset within one poll interval later, takes its iterator.
    mutating func startLoop<Queue: ConsumerScheduler>(shard: Int, now: SimTime, queue: inout Queue) {
        schedulePoll(shard: shard, at: firstPoll(after: now), queue: &queue)
    }

    func schedulePoll<Queue: ConsumerScheduler>(shard: Int, at time: SimTime, queue: inout Queue) {
        queue.schedule(ConsumerEvent(app: app, action: Action.poll.rawValue, target: shard), at: time)
    }
}

extension DataStream {
    /// The children of `shard` whose parents `reader` has all read to their end: a parent-first
    /// reader goes on with them once `shard` ends for it (RS6).
    public func childrenDrained(after shard: Int, reader: Int) -> [Int] {
        shards[shard].children.filter { child in shards[child].parents.allSatisfy { cursor(reader: reader, shard: $0).ended } }
    }
}
