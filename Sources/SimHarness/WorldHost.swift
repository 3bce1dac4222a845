import AnalyticsModel
import ConsumerModel
import FleetModel
import Metrics
import SimKernel
import StreamModel
import Telemetry
import Verification

/// Where a delivered reading came from: the consumer, the record's shard and offset, and
/// whether this is the consumer's first delivery of that record.
struct RecordPlace {
    let consumer: Int
    let shard: Int
    let offset: UInt64
    let first: Bool
}

/// The stream and everything that observes it: the metrics, the checkers, the operators and the
/// digest. Producers' and consumers' observations all arrive here (`observe`), and only here
/// are they turned into figures, verdicts and digest words; nothing copies counters back at the
/// end. Consumer applications live in it (`ConsumerHost`) without seeing the rest of the world.
struct WorldHost: ConsumerHost {
    var stream: DataStream<Reading>
    var metrics: RunMetrics
    var checks: RunChecks
    var operators: [ConsumerOperators]
    let keyTracking: KeyTracking
    /// How the fleet chooses partition keys (to name a key in a checker's message).
    let partitionKey: PartitionKeyMode
    /// The scenario's start in epoch ms (timestamp keys are epoch milliseconds).
    let epochMillisAtStart: Int64
    /// `lossSeen[consumer][shard]`: retention losses already accounted to the checkers.
    var lossSeen: [[UInt64]]
    var digest = RunDigest()
    /// Deliveries of sinks that keep their records, waiting for the runner's caller (files).
    var sinkOutbox: [SinkOutput] = []
    /// Each consumer's name, for the outbox.
    let consumerNames: [String]
    /// Whether records are KPL aggregates that consumers deaggregate (`aggregates`).
    let deaggregates: Bool
    var aggregates = AggregateContents()

    /// Every consumer observation: who listens to each is decided here.
    mutating func observe(_ observation: ConsumerObservation, now: SimTime) {
        switch observation {
        case .called(let app, let reader, let shard, let outcome):
            observeCall(app: app, reader: reader, shard: shard, outcome: outcome, now: now)
        case .iteratorThrottled(let app, let shard):
            metrics.consumers[app].throttledIteratorCalls += 1
            digest.add(UInt64(app) << 56 | UInt64(shard) << 40 | 0x15E)
        case .pushed(let app, let reader, let shard, let first, let count, let bytes, let sentAt):
            accountLoss(app: app, reader: reader, shard: shard)
            guard count > 0 else { return }
            let behind = stream.millisBehindLatest(shard: shard, lastSent: first + UInt64(count - 1), sentAt: sentAt)
            metrics.recordPushEvent(consumer: app, records: count, bytes: bytes, millisBehindLatest: behind, now: now)
        case .subscribed(let app):
            metrics.consumers[app].subscriptions = (metrics.consumers[app].subscriptions ?? 0) + 1
        case .processed(let app, let shard, let offset, let read, let processedAt):
            deliver(consumer: app, shard: shard, offset: offset, read: read, processedAt: processedAt)
        case .checkpointed(let app, let shard, let upTo, let shardEnd):
            checks.checkpoints?.observeCheckpoint(consumer: app, shard: shard, upTo: upTo,
                                                  processed: checks.delivery.processedPrefix(consumer: app, shard: shard),
                                                  atMillis: now.milliseconds)
            metrics.consumers[app].leases?.recordCheckpoint()
            digest.add(UInt64(app) << 56 | UInt64(shard) << 40 | (shardEnd ? 0xCE : 0xC))
            digest.add(upTo)
        case .rewound(let app, let shard, let offset):
            checks.order.observeRewind(consumer: app, shard: shard, to: offset)
            checks.checkpoints?.observeRewind(consumer: app, shard: shard, to: offset, atMillis: now.milliseconds)
            digest.add(UInt64(app) << 56 | UInt64(shard) << 40 | 0x8E)
            digest.add(offset)
        case .leaseTaken, .leaseDropped, .workerCrashed, .workerRestarted:
            observeLease(observation, now: now)
        case .invoking, .invoked, .unblocked, .discarded:
            observeInvocation(observation, now: now)
        }
    }

    /// A Lambda mapping's invocations: iterator age, failures, blocked lanes, discarded records.
    mutating func observeInvocation(_ observation: ConsumerObservation, now: SimTime) {
        switch observation {
        case .invoking(let app, _, let iteratorAgeMs):
            metrics.recordIteratorAge(consumer: app, ageMs: iteratorAgeMs, now: now)
        case .invoked(let app, let shard, let records, let failed):
            metrics.consumers[app].invocations?.recordInvocation(records: records, failed: failed)
            digest.add(UInt64(app) << 56 | UInt64(shard) << 40 | UInt64(records) << 1 | (failed ? 1 : 0))
        case .unblocked(let app, let shard, let blocked):
            metrics.consumers[app].invocations?.recordBlocked(shard: shard, for: blocked)
        case .discarded(let app, let shard, let offset):
            checks.delivery.observePassedOver(consumer: app, shard: shard, offsets: offset..<(offset + 1))
            metrics.consumers[app].invocations?.recordDiscarded()
            digest.add(UInt64(app) << 56 | UInt64(shard) << 40 | 0xD15)
            digest.add(offset)
        default:
            modelPreconditionFailure("\(observation) is not an invocation observation")
        }
    }

    /// The record's partition key as a number: the key checker's dense index, or for random
    /// keys (each record its own) the reading's id.
    func partitionKeyIndex(shard: Int, offset: UInt64) -> UInt64 {
        // An aggregated record's key is the KPL's "a", the same for all of them (a record
        // consumers discard holds none of its readings: it is an aggregate).
        if deaggregates && aggregates.count(shard: shard, offset: offset) != 1 { return .max }
        let payload = stream.record(shard: shard, offset: offset).payload
        return keyIndex(of: payload).map(UInt64.init) ?? payload.id.rawValue
    }

    func readings(shard: Int, offset: UInt64) -> Int {
        deaggregates ? aggregates.count(shard: shard, offset: offset) : 1
    }

    /// Lease movements and worker crashes: the lease checker, the lease metrics, the digest.
    mutating func observeLease(_ observation: ConsumerObservation, now: SimTime) {
        switch observation {
        case .leaseTaken(let app, let shard, let worker, let previous, let expired):
            checks.leases?.observeTaken(consumer: app, shard: shard, worker: worker, atMillis: now.milliseconds)
            metrics.consumers[app].leases?.recordTaken(shard: shard, worker: worker, previous: previous,
                                                       stolen: previous != nil && !expired, now: now)
            digest.add(UInt64(app) << 56 | UInt64(shard) << 40 | UInt64(worker) << 8 | 0x7A)
        case .leaseDropped(let app, let shard, let worker):
            checks.leases?.observeDropped(consumer: app, shard: shard, worker: worker)
            metrics.consumers[app].leases?.recordDropped(shard: shard, worker: worker, now: now)
            digest.add(UInt64(app) << 56 | UInt64(shard) << 40 | UInt64(worker) << 8 | 0xD7)
        case .workerCrashed(let app, let worker), .workerRestarted(let app, let worker):
            let alive = if case .workerRestarted = observation { true } else { false }
            checks.leases?.observeWorker(consumer: app, worker: worker, alive: alive)
            metrics.consumers[app].leases?.recordWorker(worker, alive: alive, now: now)
            digest.add(UInt64(app) << 56 | UInt64(worker) << 8 | (alive ? 0x5A : 0xC5))
        default:
            modelPreconditionFailure("\(observation) is not a lease observation")
        }
    }

    /// A GetRecords call: losses since the reader's last call, then the call's own figures.
    mutating func observeCall(app: Int, reader: Int, shard: Int, outcome: ReadOutcome, now: SimTime) {
        accountLoss(app: app, reader: reader, shard: shard)
        switch outcome {
        case .expiredIterator:
            // The loop's next call, a round trip later, takes a new iterator first.
            metrics.consumers[app].expiredIterators += 1
            digest.add(UInt64(app) << 56 | UInt64(shard) << 40 | 0xE)
        case .throttled:
            metrics.recordThrottledGetCall(consumer: app, shard: shard, now: now)
            checks.readAudit.observeCall(shard: shard, now: now, throttled: true, bytes: 0)
        case .records(let first, let count, let bytes):
            metrics.recordGetRecords(consumer: app, shard: shard,
                                     figures(shard: shard, first: first, count: count, bytes: bytes, now: now), now: now)
            checks.readAudit.observeCall(shard: shard, now: now, throttled: false, bytes: bytes)
        }
    }

    /// What a successful GetRecords call returned, with its iterator age and `MillisBehindLatest`.
    func figures(shard: Int, first: UInt64, count: Int, bytes: Int64, now: SimTime) -> GetRecordsReturn {
        guard count > 0 else { return .caughtUp }
        let lastReturned = stream.record(shard: shard, offset: first + UInt64(count - 1)).arrival
        return GetRecordsReturn(records: count, bytes: bytes, iteratorAgeMs: (now - lastReturned).nanoseconds / 1_000_000,
                                millisBehindLatest: (stream.shards[shard].newestArrival - lastReturned).nanoseconds / 1_000_000)
    }

    /// A consumer processed one record: latency, checks, analytics, digest. The retention audit
    /// looks at when the stream served it; latency runs to the end of its processing.
    /// A KPL aggregated record is deaggregated: each reading inside is delivered.
    mutating func deliver(consumer: Int, shard: Int, offset: UInt64, read: ReadTimes, processedAt: SimTime) {
        let record = stream.record(shard: shard, offset: offset)
        checks.retention.observeRead(arrival: record.arrival, readAt: read.served, shard: shard, offset: offset)
        let first = checks.observeDelivery(consumer: consumer, shard: shard, offset: offset, now: processedAt)
        let place = RecordPlace(consumer: consumer, shard: shard, offset: offset, first: first)
        if deaggregates {
            for reading in aggregates.readings(shard: shard, offset: offset) {
                deliver(reading, at: place, read: read, processedAt: processedAt)
            }
        } else {
            deliver(record.payload, at: place, read: read, processedAt: processedAt)
        }
        if !operators[consumer].sinks.isEmpty { collectDeliveries(consumer: consumer) }
        digest.add(UInt64(consumer) << 56 | UInt64(shard) << 40 | offset)
        digest.add(processedAt.nanoseconds)
    }

    /// One reading reaches a consumer: latency, key order (or a redelivery), analytics.
    @inline(__always)
    mutating func deliver(_ reading: Reading, at place: RecordPlace, read: ReadTimes, processedAt: SimTime) {
        let consumer = place.consumer
        metrics.recordDelivery(consumer: consumer, latency: processedAt - reading.emittedAt, now: read.handled)
        if place.first {
            observeKeyOrder(consumer: consumer, shard: place.shard, offset: place.offset, reading: reading)
        } else {
            metrics.consumers[consumer].redeliveries += 1
        }
        operators[consumer].add(reading, shard: place.shard, arrivedAt: read.handled)
        checks.observeWindowed(reading, consumer: consumer, arrivedAt: read.handled)
        for detector in operators[consumer].detectors.indices {
            assess(reading, consumer: consumer, detector: detector, now: read.handled)
        }
    }

    /// A detector's verdict on a reading, scored against the ground truth; flags enter the digest.
    mutating func assess(_ reading: Reading, consumer: Int, detector: Int, now: SimTime) {
        let flagged = operators[consumer].assess(reading, detector: detector)
        metrics.consumers[consumer].detections[detector].record(flagged: flagged, reading: reading, now: now)
        guard flagged else { return }
        digest.add(UInt64(consumer) << 56 | UInt64(detector) << 48 | 0xF1A6)
        digest.add(reading.id.rawValue)
    }

    /// The deliveries the consumer's sinks made: measured, digested, and queued for files when
    /// the sink keeps its records.
    mutating func collectDeliveries(consumer: Int) {
        for sink in operators[consumer].sinks.indices {
            for delivery in operators[consumer].takeDeliveries(sink: sink) {
                metrics.consumers[consumer].sinks[sink].recordDelivery(
                    records: delivery.records, bytes: delivery.bytes, attempts: delivery.attemptEnds.count,
                    freshness: delivery.landedAt - delivery.oldestArrival)
                digest.add(UInt64(consumer) << 56 | UInt64(sink) << 48 | UInt64(delivery.attemptEnds.count) << 32 | 0x5111)
                digest.add(UInt64(bitPattern: delivery.landedAt.nanoseconds))
                digest.add(UInt64(delivery.records))
                guard operators[consumer].sinks[sink].body.config.keepsRecords else { continue }
                sinkOutbox.append(SinkOutput(consumer: consumerNames[consumer],
                                             operatorIndex: operators[consumer].sinks[sink].index, delivery: delivery))
            }
        }
    }

    /// Tells the checkers about records retention took from the consumer since last time, and
    /// about those an AT_TIMESTAMP consumer skipped before its start.
    mutating func accountLoss(app: Int, reader: Int, shard: Int) {
        let cursor = stream.cursor(reader: reader, shard: shard)
        if cursor.skippedUpTo > 0 {
            checks.delivery.observePassedOver(consumer: app, shard: shard, offsets: 0..<cursor.skippedUpTo)
        }
        guard cursor.lost > lossSeen[app][shard] else { return }
        let count = cursor.lost - lossSeen[app][shard]
        lossSeen[app][shard] = cursor.lost
        // Losses since the last look are contiguous: the reader did not read in between.
        checks.delivery.observePassedOver(consumer: app, shard: shard, offsets: (cursor.lostUpTo - count)..<cursor.lostUpTo)
        metrics.consumers[app].lost += count
        digest.add(UInt64(app) << 56 | UInt64(shard) << 40 | 0x1057)
        digest.add(count)
    }

    /// A reshard opened `created` and closed `closed`: every listener learns of the new shards.
    mutating func observeReshard(created: [Int], closed: [Int], now: SimTime) {
        for parent in closed { metrics.closeShard(parent, at: now) }
        for child in created {
            let index = metrics.addShard(openedAt: now)
            modelPrecondition(index == child, "metrics numbered shard \(child) as \(index)")
            checks.addShard(id: stream.shards[child].id, now: now)
            for consumer in lossSeen.indices { lossSeen[consumer].append(0) }
        }
    }
}
