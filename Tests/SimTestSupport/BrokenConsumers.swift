import ConsumerModel
import SimKernel
import StreamModel
import Telemetry

/// A KCL application whose worker 0 takes leases once and then never renews them (nor runs its
/// taker again), although it runs and processes: after the failover time they expire and another
/// worker takes them while worker 0, alive, still holds them. The lease-ownership checker's
/// canary: a plug-in that drops the worker's coordinator events on their way to the queue.
public struct StalledRenewer: ConsumerApplication {
    var kcl: KCLApplication
    var takesScheduled = 0

    public static func kind(_ settings: KCLConfig) -> ConsumerKind {
        .plugin(checkpoints: true, leaseWorkers: settings.workers) { StalledRenewer(kcl: KCLApplication(reading: $0, settings: settings)) }
    }

    public var name: String { kcl.name }
    public var reader: Int { kcl.reader }

    public mutating func receive<Host: ConsumerHost, Queue: ConsumerScheduler>(
        _ signal: ConsumerSignal, now: SimTime, host: inout Host, queue: inout Queue) {
        withUnsafeMutablePointer(to: &queue) { pointer in
            var stalling = EventFilter(inner: pointer, passed: takesScheduled) { event, takes in
                guard event.target & 0xFFFF == 0 else { return true }
                if event.action == KCLApplication.Action.renew.rawValue { return false }
                guard event.action == KCLApplication.Action.take.rawValue else { return true }
                takes += 1
                return takes == 1
            }
            kcl.receive(signal, now: now, host: &host, queue: &stalling)
            takesScheduled = stalling.passed
        }
    }
}

/// A polling consumer that never reads shard 0: its records stay unread to the end of the run.
/// The liveness checker's canary.
public struct ShardNeglecter: ConsumerApplication {
    var polling: PollingConsumer

    public static var kind: ConsumerKind { .plugin { ShardNeglecter(polling: $0) } }

    public var name: String { polling.name }
    public var reader: Int { polling.reader }

    public mutating func receive<Host: ConsumerHost, Queue: ConsumerScheduler>(
        _ signal: ConsumerSignal, now: SimTime, host: inout Host, queue: inout Queue) {
        let neglecting: ConsumerSignal
        if case .start(let shards) = signal { neglecting = .start(shards: shards.filter { $0 != 0 }) } else { neglecting = signal }
        polling.receive(neglecting, now: now, host: &host, queue: &queue)
    }
}

/// A queue that schedules only the events `keeps` lets through (with a count it may keep),
/// forwarding to the world's queue through a pointer.
struct EventFilter<Inner: ConsumerScheduler>: ConsumerScheduler {
    let inner: UnsafeMutablePointer<Inner>
    var passed: Int
    let keeps: (ConsumerEvent, inout Int) -> Bool

    mutating func schedule(_ event: ConsumerEvent, at time: SimTime) {
        if keeps(event, &passed) { inner.pointee.schedule(event, at: time) }
    }
}

/// A Lambda mapping that spreads each partition key over its lanes (by record, not by key): a
/// key's records run in concurrent batches and can finish out of order. The key-order checker's
/// canary for parallelization above 1.
public struct KeySpreadingMapping: ConsumerApplication {
    var mapping: LambdaMapping

    public static func kind(_ settings: LambdaConfig) -> ConsumerKind {
        .plugin(checkpoints: true) { KeySpreadingMapping(mapping: LambdaMapping(reading: $0, settings: settings)) }
    }

    public var name: String { mapping.name }
    public var reader: Int { mapping.reader }

    public func endPosition(shard: Int, in stream: DataStream<Reading>) -> UInt64 { mapping.endPosition(shard: shard, in: stream) }

    public mutating func receive<Host: ConsumerHost, Queue: ConsumerScheduler>(
        _ signal: ConsumerSignal, now: SimTime, host: inout Host, queue: inout Queue) {
        withUnsafeMutablePointer(to: &host) { pointer in
            var spreading = KeySpreadingHost(inner: pointer)
            mapping.receive(signal, now: now, host: &spreading, queue: &queue)
        }
    }
}

/// Forwards to the world's host, but names each record's key by its offset.
struct KeySpreadingHost<Inner: ConsumerHost>: ConsumerHost {
    let inner: UnsafeMutablePointer<Inner>

    var stream: DataStream<Reading> {
        get { inner.pointee.stream }
        _modify { yield &inner.pointee.stream }
    }

    mutating func observe(_ observation: ConsumerObservation, now: SimTime) { inner.pointee.observe(observation, now: now) }

    func partitionKeyIndex(shard: Int, offset: UInt64) -> UInt64 { offset }

    func readings(shard: Int, offset: UInt64) -> Int { inner.pointee.readings(shard: shard, offset: offset) }
}
