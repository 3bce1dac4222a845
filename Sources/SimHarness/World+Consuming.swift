import ConsumerModel
import FleetModel
import Metrics
import SimKernel
import StreamModel
import Telemetry
import Verification

/// Consumers' shard loops: GetRecords, processing, iterator renewal, and which shards a consumer
/// reads after a reshard (its `reshardOrder`).
extension World {
    /// One GetRecords call of a consumer's shard loop, and the processing of what it returned.
    mutating func poll(consumer: Int, shard: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        let reader = consumers[consumer].reader
        guard stream.cursor(reader: reader, shard: shard).iteratorIssuedAt != nil
                || takeIterator(consumer: consumer, shard: shard, now: now, queue: &queue) else { return }
        let outcome = stream.getRecords(reader: reader, shard: shard, limit: consumers[consumer].config.limit, now: now)
        let respondedAt = consumers[consumer].response(toCallAt: now)
        accountLoss(consumer: consumer, shard: shard)
        var busy = SimDuration.zero
        switch outcome {
        case .expiredIterator:
            // The loop's next call, a round trip later, takes a new iterator first.
            metrics.consumers[consumer].expiredIterators += 1
            digest.add(UInt64(consumer) << 56 | UInt64(shard) << 40 | 0xE)
        case .throttled:
            metrics.recordThrottledGetCall(consumer: consumer, shard: shard, now: now)
            checks.readAudit.observeCall(shard: shard, now: now, throttled: true, bytes: 0)
        case .records(let first, let count, let bytes):
            metrics.recordGetRecords(consumer: consumer, shard: shard,
                                     figures(shard: shard, first: first, count: count, bytes: bytes, now: now), now: now)
            checks.readAudit.observeCall(shard: shard, now: now, throttled: false, bytes: bytes)
            busy = process(consumer: consumer, shard: shard, first: first, count: count,
                           read: ReadTimes(served: now, received: respondedAt, handled: now))
        }
        if stream.cursor(reader: reader, shard: shard).ended {
            // The consumer learns the shard ended from the response, once it has processed it.
            finishShard(consumer: consumer, shard: shard, now: respondedAt + busy, queue: &queue)
        } else {
            let next = consumers[consumer].nextPoll(after: outcome, respondedAt: respondedAt, busy: busy)
            queue.schedule(.poll(consumer: Int32(consumer), shard: Int32(shard)), at: next, phase: .consume)
        }
    }

    /// GetShardIterator at the loop's position, before a call when the loop holds no iterator
    /// (its first call, or after an expiry). Throttled (R8), the loop tries again a poll
    /// interval later; returns whether it holds an iterator now.
    mutating func takeIterator(consumer: Int, shard: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) -> Bool {
        guard stream.getShardIterator(reader: consumers[consumer].reader, shard: shard, now: now) == .throttled else { return true }
        metrics.consumers[consumer].throttledIteratorCalls += 1
        digest.add(UInt64(consumer) << 56 | UInt64(shard) << 40 | 0x15E)
        let retry = consumers[consumer].retryIterator(after: now)
        queue.schedule(.poll(consumer: Int32(consumer), shard: Int32(shard)), at: retry, phase: .consume)
        return false
    }

    /// What a successful GetRecords call returned, with its iterator age and `MillisBehindLatest`.
    func figures(shard: Int, first: UInt64, count: Int, bytes: Int64, now: SimTime) -> GetRecordsReturn {
        guard count > 0 else { return .caughtUp }
        let lastReturned = stream.record(shard: shard, offset: first + UInt64(count - 1)).arrival
        return GetRecordsReturn(records: count, bytes: bytes, iteratorAgeMs: (now - lastReturned).nanoseconds / 1_000_000,
                                millisBehindLatest: (stream.shards[shard].newestArrival - lastReturned).nanoseconds / 1_000_000)
    }

    /// Processes a batch, in order from the moment the consumer received it; returns the time
    /// processing took.
    mutating func process(consumer: Int, shard: Int, first: UInt64, count: Int, read: ReadTimes) -> SimDuration {
        guard count > 0 else { return .zero }
        var done = read.received
        if consumers[consumer].defect == nil {
            for offset in first..<(first + UInt64(count)) {
                done = done + consumers[consumer].processingTime()
                deliver(consumer: consumer, shard: shard, offset: offset, read: read, processedAt: done)
            }
        } else {
            for offset in consumers[consumer].processingOrder(first: first, count: count) {
                deliver(consumer: consumer, shard: shard, offset: offset, read: read, processedAt: done)
            }
        }
        return done - read.received
    }

    /// A consumer processes one record: latency, checks, analytics, digest. The retention audit
    /// looks at when the stream served it; latency runs to the end of its processing.
    mutating func deliver(consumer: Int, shard: Int, offset: UInt64, read: ReadTimes, processedAt: SimTime) {
        let record = stream.record(shard: shard, offset: offset)
        metrics.recordDelivery(consumer: consumer, latency: processedAt - record.payload.emittedAt)
        checks.retention.observeRead(arrival: record.arrival, readAt: read.served, shard: shard, offset: offset)
        if checks.observeDelivery(consumer: consumer, shard: shard, offset: offset, now: processedAt) {
            observeKeyOrder(consumer: consumer, shard: shard, offset: offset, record: record)
        }
        for index in operators[consumer].indices {
            operators[consumer][index].add(record.payload, shard: shard, arrivedAt: read.handled)
        }
        digest.add(UInt64(consumer) << 56 | UInt64(shard) << 40 | offset)
        digest.add(processedAt.nanoseconds)
    }

    /// Feeds the per-key order checker (not for random keys: each record has its own key).
    mutating func observeKeyOrder(consumer: Int, shard: Int, offset: UInt64, record: StoredRecord<Reading>) {
        guard let key = keyIndex(of: record.payload) else { return }
        let number = stream.sequenceNumber(shard: shard, offset: offset)
        let stamp = KeyOrderStamp(millis: number.millis, shard: Int32(shard), offset: offset)
        guard let newer = checks.keyOrder.observeDelivery(consumer: consumer, key: key, stamp: stamp) else { return }
        // The message is built only for the violations the checker keeps.
        let message = checks.keyOrder.wantsMessage
            ? "key \(keyName(of: record.payload)) record \(sequenceNumber(stamp)) of \(stream.shards[shard].id) "
                + "after \(sequenceNumber(newer)) of \(stream.shards[Int(newer.shard)].id)"
            : ""
        checks.keyOrder.recordViolation(consumer: consumer, records: message)
    }

    /// The record's partition key as a dense index, or nil for random keys.
    func keyIndex(of reading: Reading) -> Int? {
        switch keyTracking {
        case .device: return Int(reading.device)
        case .gateway: return Int(reading.gateway)
        case .constant: return 0
        case .untracked: return nil
        }
    }

    func keyName(of reading: Reading) -> String {
        switch fleet.config.partitionKey {
        case .device: return DeviceIdentity.deviceID(index: reading.device, kind: reading.kind)
        case .gateway: return DeviceIdentity.gatewayID(index: reading.gateway)
        case .constant(let key): return key
        case .random: return "(random)"
        }
    }

    func sequenceNumber(_ stamp: KeyOrderStamp) -> SequenceNumber {
        SequenceNumber(millis: stamp.millis, shard: Int(stamp.shard), offset: stamp.offset)
    }

    /// Tells the checkers about records retention took from the consumer since last time, and
    /// about those an AT_TIMESTAMP consumer skipped before its start.
    mutating func accountLoss(consumer: Int, shard: Int) {
        let cursor = stream.cursor(reader: consumers[consumer].reader, shard: shard)
        if cursor.skippedUpTo > 0 {
            checks.delivery.observePassedOver(consumer: consumer, shard: shard, offsets: 0..<cursor.skippedUpTo)
        }
        guard cursor.lost > lossSeen[consumer][shard] else { return }
        let count = cursor.lost - lossSeen[consumer][shard]
        lossSeen[consumer][shard] = cursor.lost
        // Losses since the last look are contiguous: the reader did not read in between.
        checks.delivery.observePassedOver(consumer: consumer, shard: shard, offsets: (cursor.lostUpTo - count)..<cursor.lostUpTo)
        metrics.consumers[consumer].lost += count
        digest.add(UInt64(consumer) << 56 | UInt64(shard) << 40 | 0x1057)
        digest.add(count)
    }

    /// `NextShardIterator` came back nil: the loop stops; a parent-first consumer now starts the
    /// children whose parents it has all drained.
    mutating func finishShard(consumer: Int, shard: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        guard consumers[consumer].config.reshardOrder == .parentFirst else { return }
        let reader = consumers[consumer].reader
        for child in stream.shards[shard].children
        where stream.shards[child].parents.allSatisfy({ stream.cursor(reader: reader, shard: $0).ended }) {
            startLoop(consumer: consumer, shard: child, now: now, queue: &queue)
        }
    }

    /// The consumer starts reading `shard` (it discovered it, or its parents are drained); the
    /// loop's first call takes its iterator.
    mutating func startLoop(consumer: Int, shard: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        guard consumers[consumer].config.fanOut == nil else {
            subscribe(consumer: consumer, shard: shard, now: now, queue: &queue)
            return
        }
        let first = consumers[consumer].firstPoll(after: now)
        queue.schedule(.poll(consumer: Int32(consumer), shard: Int32(shard)), at: first, phase: .consume)
    }
}

/// How a record's partition key maps to a dense index for the key-order checker: decided once
/// from the fleet's key mode, so the per-delivery path touches no strings.
enum KeyTracking {
    case device, gateway, constant, untracked

    init(_ mode: PartitionKeyMode) {
        switch mode {
        case .device: self = .device
        case .gateway: self = .gateway
        case .constant: self = .constant
        case .random: self = .untracked
        }
    }

    /// How many distinct keys the checker tracks for `fleet`.
    func keyCount(_ fleet: FleetConfig) -> Int {
        switch self {
        case .device: return fleet.deviceCount
        case .gateway: return fleet.gateways
        case .constant: return 1
        case .untracked: return 0
        }
    }
}

/// When the stream served a batch, when it reached the consumer (a round trip or a push delay
/// later), and the world's time as it handles the batch: the clock processing-time windows
/// follow, since they see batches in that order (for polling, the serving; for fan-out, the
/// arrival).
struct ReadTimes {
    var served: SimTime
    var received: SimTime
    var handled: SimTime
}
