import SimKernel
import StreamModel
import Telemetry

/// Batch assembly: a batch closes when it holds `maxRecords` (one in single put mode), when the
/// next reading would pass `maxBytes` (that reading opens the next batch), or `linger` after its
/// first reading.
extension Fleet {
    /// Fills the gateway's next batch at `now` from its devices' schedule and returns when it
    /// must be sent, or nil when the gateway has nothing more to send. Readings that waited at
    /// their devices while the rate limiter held the last batch back make a batch already due:
    /// it goes at once.
    mutating func assembleBatch(gateway index: Int, now: SimTime) -> SimTime? {
        fillBatch(gateway: index).map { max($0, now) }
    }

    /// Fills the gateway's next batch; returns when it closed (by count or bytes) or when it
    /// will (its linger ends).
    private mutating func fillBatch(gateway index: Int) -> SimTime? {
        modelPrecondition(gateways[index].batch.isEmpty, "gateway \(index) assembles over an unsent batch")
        guard let first = gateways[index].carry ?? nextReading(gateway: index) else { return nil }
        gateways[index].carry = nil
        let deadline = first.payload.emittedAt + config.batching.linger
        append(first, gateway: index)
        var closedAt = first.payload.emittedAt
        let entries = entriesPerRequest(gateway: index)
        while gateways[index].batch.count < entries {
            guard let due = gateways[index].schedule.head?.time, due < config.emitUntil, due <= deadline else {
                return deadline
            }
            let entry = nextReading(gateway: index)!
            if gateways[index].batchBytes + entry.recordBytes > config.batching.maxBytes {
                gateways[index].carry = entry
                return entry.payload.emittedAt
            }
            append(entry, gateway: index)
            closedAt = entry.payload.emittedAt
        }
        return closedAt
    }

    mutating func append(_ entry: PutEntry<Reading>, gateway index: Int) {
        gateways[index].batch.append(entry)
        gateways[index].batchBytes += entry.recordBytes
    }

    /// Takes the gateway's earliest due reading, makes it, and schedules that device's next one.
    mutating func nextReading(gateway index: Int) -> PutEntry<Reading>? {
        guard let (due, source) = gateways[index].schedule.head, due < config.emitUntil else { return nil }
        let slot = gateways[index].schedule.take(from: source)
        var device = devices[Int(slot)]
        var reading = models.sources[device.group].next(device: device.index, gateway: device.gateway,
                                                 sequence: device.sequence, at: due,
                                                 state: &device.state, random: &device.random)
        models.moveOn(&device)
        devices[Int(slot)] = device
        gateways[index].schedule.requeue(slot, from: source, at: device.nextEmission)
        counters.emitted += 1
        if reading.isAnomaly { counters.anomaliesInjected += 1 }
        let key = routingKey(device: device, gateway: index, reading: &reading)
        return PutEntry(hashKey: key.hash, partitionKeyLength: key.length,
                        dataBytes: Int32(reading.payloadBytes), payload: reading)
    }

    /// The record's hash key and partition-key length under the configured mode (a zipf key's
    /// index is noted in the reading, for the per-key order check).
    @inline(__always)
    mutating func routingKey(device: Device, gateway index: Int, reading: inout Reading) -> (hash: UInt128, length: Int32) {
        switch config.partitionKey {
        case .device:
            return (device.hashKey, device.keyLength)
        case .gateway:
            return (gateways[index].hashKey, gateways[index].keyLength)
        case .random:
            // MD5 of a fresh random key is uniform over the space: draw the hash directly.
            let high = gateways[index].random.next()
            let low = gateways[index].random.next()
            return (UInt128(high) << 64 | UInt128(low), 36)
        case .constant:
            return constantKey!
        case .zipf:
            let key = zipfKeys!.draw(&gateways[index].random)
            reading.partitionKeyIndex = UInt32(key)
            return (zipfKeys!.hashKeys[key], zipfKeys!.lengths[key])
        case .timestampMillis:
            return timestampKey(of: reading)
        }
    }

    /// The hash key of the reading's emission millisecond written as an epoch-ms decimal.
    mutating func timestampKey(of reading: Reading) -> (hash: UInt128, length: Int32) {
        let millis = config.epochMillisAtStart + reading.emittedAt.milliseconds
        if let last = lastMillisecondKey, last.millis == millis { return (last.hash, last.length) }
        let key = String(millis)
        let routing = (hash: PartitionKeyHash.hashKey(for: key), length: Int32(key.utf8.count))
        lastMillisecondKey = (millis, routing.hash, routing.length)
        return routing
    }
}
