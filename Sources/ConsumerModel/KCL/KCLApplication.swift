import SimKernel
import StreamModel

/// A KCL 2.x application: `workers` workers share a lease per shard. Each worker renews its
/// leases every `renewInterval` and runs its lease taker every `takerInterval`: it takes
/// expired (or never owned) leases up to its fair share, ceil(leases / live workers), and when
/// none is expired, steals at most one lease a pass from the most loaded worker. The owner of a
/// lease reads its shard with the polling loop's GetRecords step (its `pollInterval` is KCL's
/// idle time between reads), checkpoints every `checkpointEvery` records or `checkpointInterval`,
/// and at SHARD_END; a child shard is processed only once every parent has reached SHARD_END.
///
/// A crashed worker (`consumer-crash`) stops without checkpointing: its leases expire after
/// `failoverTime`, other workers' takers take them and replay from the last checkpoint. All
/// workers read as one reader of the stream (the application's iterator in each shard is its
/// current owner's), which the stream treats as checkpointing: records stay until checkpointed.
public struct KCLApplication {
    public enum Action: UInt8 {
        /// The owner of the target shard's lease calls GetRecords.
        case poll
        /// Worker (target) renews its leases.
        case renew
        /// Worker (target) runs its lease taker.
        case take
        /// Worker (target) starts again after a crash.
        case restart
    }

    /// Fan-out retrieval's own events (`FanOutConsumer.Action`) arrive shifted by this much.
    static let fanOutActions: UInt8 = 16

    public internal(set) var reading: PollingConsumer
    public let settings: KCLConfig
    /// The lease table by shard index: nil before a shard's lease is created (a child, until a
    /// parent reaches SHARD_END) and after it is deleted (its shard finished).
    public internal(set) var leases: [Lease?] = []
    var workers: [KCLWorker]
    /// Bumped at each restart, so a worker's events from before a crash are told apart.
    var generations: [Int32]
    /// Per shard: a poll event is on its way; the next owner must move the iterator to the
    /// checkpoint first; the shard reached SHARD_END and was checkpointed.
    var pollPending: [Bool] = []
    var needsSeek: [Bool] = []
    var finished: [Bool] = []
    /// The lease owners' subscriptions, with fan-out retrieval (their own substream).
    var subscriptions: FanOutConsumer?

    public init(reading: PollingConsumer, settings: KCLConfig) {
        var reading = reading
        if let fanOut = settings.fanOut {
            var subscribing = reading
            subscribing.random = SimRandom(seed: reading.random.next())
            subscriptions = FanOutConsumer(reading: subscribing, fanOut: fanOut)
        }
        self.reading = reading
        self.settings = settings
        workers = Array(repeating: KCLWorker(), count: settings.workers)
        generations = Array(repeating: 0, count: settings.workers)
    }

    /// Grows the per-shard state to `count` shards.
    mutating func track(shardCount count: Int) {
        while leases.count < count {
            leases.append(nil)
            pollPending.append(false)
            needsSeek.append(false)
            finished.append(false)
        }
    }

    /// A worker's event: its index in the low 16 bits, its generation above.
    func workerEvent(_ action: Action, worker: Int) -> ConsumerEvent {
        ConsumerEvent(app: reading.app, action: action.rawValue, target: worker | Int(generations[worker] & 0x7FFF) << 16)
    }

    /// The worker an event is for, or nil when it was scheduled before the worker's last restart.
    func currentWorker(of event: ConsumerEvent) -> Int? {
        let worker = Int(event.target & 0xFFFF)
        return Int32(event.target >> 16) == generations[worker] & 0x7FFF && workers[worker].alive ? worker : nil
    }
}
