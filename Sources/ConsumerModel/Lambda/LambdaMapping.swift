import SimKernel
import StreamModel

/// A Lambda event-source mapping on a stream: per shard a poller reads with GetRecords (through
/// the shard's shared read limits, once a second when idle, at once while it gets full batches)
/// and hands records to `parallelization` lanes by partition key; each lane invokes the function
/// with up to `batchSize` records (after `batchWindow` when fewer are there), one batch at a
/// time, so a key's records stay in order while the shard's do not (with more than one lane).
/// The mapping checkpoints after each batch done; a failed batch is retried whole (or split in
/// two, `bisectOnError`) and blocks its lane until it succeeds, its records age out
/// (`maxRecordAge`) or it has been retried `maxRetryAttempts` times, when it is discarded (sent to
/// the on-failure destination: not processed, and counted so).
public struct LambdaMapping {
    public enum Action: UInt8 {
        /// The shard's poller calls GetRecords.
        case poll
        /// A lane's invocation ends (target: shard × 16 + lane).
        case invocationDone
        /// A lane's batching window closes, or its failed batch may be retried.
        case wake
        /// A GetRecords response reaches the shard's poller.
        case received
    }

    public internal(set) var reading: PollingConsumer
    public let settings: LambdaConfig
    /// `lanes[shard][lane]`.
    var lanes: [[LambdaLane]] = []
    /// Per shard: a poll is on its way; the poller waits for room; the shard was processed to
    /// its end (its children may start).
    var pollPending: [Bool] = []
    var pollWaiting: [Bool] = []
    var finished: [Bool] = []
    /// The records of each shard's GetRecords response on its way to the poller.
    var inbox: [Range<UInt64>] = []
    /// Invocations running now, and the lanes waiting for concurrency, in order.
    var running = 0
    var waitingForConcurrency: [(shard: Int, lane: Int)] = []

    public init(reading: PollingConsumer, settings: LambdaConfig) {
        self.reading = reading
        self.settings = settings
    }

    /// Records a shard's poller keeps ahead of its lanes before it stops reading: enough for
    /// every lane's next batch.
    var readAhead: Int { settings.batchSize * settings.parallelization }

    mutating func track(shardCount count: Int) {
        while lanes.count < count {
            lanes.append(Array(repeating: LambdaLane(), count: settings.parallelization))
            pollPending.append(false)
            pollWaiting.append(false)
            finished.append(false)
            inbox.append(0..<0)
        }
    }

    func buffered(_ shard: Int) -> Int { lanes[shard].reduce(0) { $0 + $1.pending } }

    func laneEvent(_ action: Action, shard: Int, lane: Int) -> ConsumerEvent {
        ConsumerEvent(app: reading.app, action: action.rawValue, target: shard << 4 | lane)
    }

    mutating func schedulePoll<Queue: ConsumerScheduler>(shard: Int, at time: SimTime, queue: inout Queue) {
        pollPending[shard] = true
        pollWaiting[shard] = false
        queue.schedule(ConsumerEvent(app: reading.app, action: Action.poll.rawValue, target: shard), at: time)
    }
}
