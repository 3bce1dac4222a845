import ConsumerModel
import Telemetry
import SimKernel
import StreamModel

/// How a deliberately broken consumer mishandles the records its polling loop processes.
public enum ConsumerDefect: Sendable {
    /// Never processes every 50th record it reads.
    case skipsRecord
    /// Processes every 50th record after the one that follows it in its batch.
    case reordersBatch
}

/// A consumer with a defect, for the checkers' canary tests: a plug-in application
/// (`ConsumerKind.plugin`) that runs a real consumer model (polling by default, or a KCL
/// application) but passes its observations through `DefectiveHost`, so no production type
/// carries a defect switch.
public struct DefectiveConsumer: ConsumerApplication {
    var app: any ConsumerApplication
    var filter: DefectFilter

    /// A polling consumer with `defect`.
    public static func kind(_ defect: ConsumerDefect) -> ConsumerKind {
        .plugin { DefectiveConsumer(app: $0, filter: DefectFilter(defect: defect)) }
    }

    /// A KCL application with `defect`.
    public static func kcl(_ settings: KCLConfig, _ defect: ConsumerDefect) -> ConsumerKind {
        .plugin(checkpoints: true, leaseWorkers: settings.workers) {
            DefectiveConsumer(app: KCLApplication(reading: $0, settings: settings), filter: DefectFilter(defect: defect))
        }
    }

    public var name: String { app.name }
    public var reader: Int { app.reader }

    public mutating func receive<Host: ConsumerHost, Queue: ConsumerScheduler>(
        _ signal: ConsumerSignal, now: SimTime, host: inout Host, queue: inout Queue) {
        withUnsafeMutablePointer(to: &host) { pointer in
            var broken = DefectiveHost(inner: pointer, filter: filter)
            app.receive(signal, now: now, host: &broken, queue: &queue)
            filter = broken.filter
        }
    }
}

/// What a defect does to the stream of `.processed` observations; everything else passes.
struct DefectFilter {
    let defect: ConsumerDefect
    var processed = 0
    /// A record held back to be observed after the next one of its batch.
    var held: (observation: ConsumerObservation, now: SimTime)?

    /// The observations to pass on, in order, for `observation`.
    mutating func pass(_ observation: ConsumerObservation, now: SimTime) -> [(ConsumerObservation, SimTime)] {
        let earlier = held.map { [$0] } ?? []
        held = nil
        guard case .processed(_, let shard, _, let read, _) = observation else { return earlier + [(observation, now)] }
        if let first = earlier.first, case .processed(_, shard, _, let heldRead, _) = first.0, heldRead.handled == read.handled {
            return [(observation, now), first]
        }
        processed += 1
        guard processed % 50 == 0 else { return earlier + [(observation, now)] }
        switch defect {
        case .skipsRecord: return earlier
        case .reordersBatch:
            held = (observation, now)
            return earlier
        }
    }
}

/// A host that forwards to the world's host through a pointer (no copy of the stream), after
/// passing each observation through the defect.
struct DefectiveHost<Inner: ConsumerHost>: ConsumerHost {
    let inner: UnsafeMutablePointer<Inner>
    var filter: DefectFilter

    var stream: DataStream<Reading> {
        get { inner.pointee.stream }
        _modify { yield &inner.pointee.stream }
    }

    mutating func observe(_ observation: ConsumerObservation, now: SimTime) {
        for (passed, time) in filter.pass(observation, now: now) { inner.pointee.observe(passed, now: time) }
    }

    func partitionKeyIndex(shard: Int, offset: UInt64) -> UInt64 { inner.pointee.partitionKeyIndex(shard: shard, offset: offset) }

    func readings(shard: Int, offset: UInt64) -> Int { inner.pointee.readings(shard: shard, offset: offset) }
}
