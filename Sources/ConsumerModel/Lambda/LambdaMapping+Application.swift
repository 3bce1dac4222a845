import SimKernel
import StreamModel
import Telemetry

/// A Lambda event-source mapping as the world sees it.
extension LambdaMapping: ConsumerApplication {
    public var name: String { reading.config.name }
    public var reader: Int { reading.reader }

    /// What the mapping has finished with: records below its checkpoint were processed or
    /// discarded; those read but still in its lanes are not done.
    public func endPosition(shard: Int, in stream: DataStream<Reading>) -> UInt64 {
        stream.cursor(reader: reader, shard: shard).checkpoint
    }

    public mutating func receive<Host: ConsumerHost, Queue: ConsumerScheduler>(
        _ signal: ConsumerSignal, now: SimTime, host: inout Host, queue: inout Queue) {
        switch signal {
        case .start(let shards):
            track(shardCount: host.stream.shards.count)
            for shard in shards { schedulePoll(shard: shard, at: reading.firstPoll(after: now), queue: &queue) }
        case .event(let event):
            handle(event, now: now, host: &host, queue: &queue)
        case .resharded(_, let opened):
            track(shardCount: host.stream.shards.count)
            guard reading.config.reshardOrder == .immediate else { return }
            for shard in opened { schedulePoll(shard: shard, at: reading.firstPoll(after: now), queue: &queue) }
        case .recordAccepted, .crash:
            modelPreconditionFailure("\(name): a Lambda mapping got \(signal)")
        }
    }

    mutating func handle<Host: ConsumerHost, Queue: ConsumerScheduler>(_ event: ConsumerEvent, now: SimTime, host: inout Host,
                                                                       queue: inout Queue) {
        let shard = Int(event.target >> 4)
        let lane = Int(event.target & 0xF)
        switch Action(rawValue: event.action) {
        case .poll:
            poll(shard: Int(event.target), now: now, host: &host, queue: &queue)
        case .invocationDone:
            invocationDone(shard: shard, lane: lane, now: now, host: &host, queue: &queue)
        case .received:
            receive(shard: Int(event.target), now: now, host: &host, queue: &queue)
        case .wake:
            lanes[shard][lane].wakePending = false
            invokeIfReady(shard: shard, lane: lane, at: now, host: &host, queue: &queue)
        case nil:
            modelPreconditionFailure("\(name): unknown action \(event.action)")
        }
    }
}
