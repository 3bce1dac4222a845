import SimKernel
import StreamModel
import Telemetry

/// Single put mode (`fleet.putMode: "single"`, W5, P8): each gateway has at most one PutRecord
/// call in flight, of exactly one reading, and sends the next only once the previous is
/// answered (accepted, or dropped after `retry.maxAttempts`).
///
/// Readings emitted meanwhile wait at their devices, in emission order: the gateway takes the
/// earliest due one when it sends, with its exact emission time, so a backlog costs no memory
/// and its wait shows in the end-to-end latency. Each call passes the sequence number of the
/// gateway's previous accepted record as `SequenceNumberForOrdering`, so the stream numbers the
/// gateway's records in the order it sent them, whichever shards they go to.
extension Fleet {
    /// PutRecord at the stream: the request's one entry, ordered after the gateway's previous
    /// accepted record. The outcome is kept like a PutRecords entry's: a throttled call is
    /// `.throttled`, an `InternalFailure` `.internalFailure`, and both are retried alike.
    mutating func arriveSingle(request: Int, at stream: inout DataStream<Reading>, now: SimTime) {
        modelPrecondition(requests[request].entries.count == 1,
                     "single put mode: request \(request) holds \(requests[request].entries.count) entries")
        let ordering = gateways[Int(requests[request].gateway)].lastSequence
        requests[request].results.removeAll(keepingCapacity: true)
        requests[request].invalid = false
        requests[request].sequenceNumber = nil
        do {
            let number = try stream.putRecord(requests[request].entries[0], sequenceNumberForOrdering: ordering, now: now)
            requests[request].sequenceNumber = number
            requests[request].results.append(.accepted(shard: Int32(number.shard), offset: number.offset))
        } catch {
            switch error {
            case .invalidArgument: requests[request].invalid = true
            case .provisionedThroughputExceeded(let shard): requests[request].results.append(.throttled(shard: shard))
            case .internalFailure: requests[request].results.append(.internalFailure)
            }
        }
    }

    /// The gateway learns the sequence number of its accepted record from the response.
    mutating func learnSequenceNumber(request: Int) {
        guard let number = requests[request].sequenceNumber else { return }
        gateways[Int(requests[request].gateway)].lastSequence = number
    }

    /// When gateway `index`, whose call was answered for good (or, offline, queued) at `now`,
    /// sends its next PutRecord: at once while its offline queue holds readings and it is
    /// online, else as soon as its next reading is due. Nil when it has none left, and always
    /// in batch mode, whose sends never wait for responses.
    public mutating func sendAfterResponse(gateway index: Int, now: SimTime) -> SimTime? {
        guard gateways[index].putMode == .single else { return nil }
        gateways[index].callInFlight = false
        if !gateways[index].offline.held.isEmpty && !gateways[index].offline.isOffline { return now }
        guard let next = gateways[index].batch.first else { return nil }
        return max(now, next.payload.emittedAt)
    }

    /// Single put mode: a send event that finds a call in flight is stale (the call's answer
    /// schedules the next send); a reconnection can leave one behind.
    public func isBusy(gateway index: Int) -> Bool { gateways[index].callInFlight }

    /// Takes every reading due before `end` that no gateway has taken yet and holds it as
    /// unsent. In single put mode a busy gateway leaves readings waiting at their devices, and
    /// so does a gateway whose batch the rate limiter holds back; when the run ends first they
    /// were emitted all the same, and this counts them (in `emitted` and `readingsHeld`).
    public mutating func takeBacklog(until end: SimTime) {
        for index in gateways.indices {
            while let due = gateways[index].schedule.head?.time, due < end, nextReading(gateway: index) != nil {
                gateways[index].backlog += 1
            }
        }
    }
}
