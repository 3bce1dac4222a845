import SimKernel
import StreamModel
import Telemetry

/// What becomes of a request once its response reaches the gateway.
public enum ResponseFate: Equatable, Sendable {
    /// Nothing left to send; `dropped` readings were given up.
    case finished(dropped: Int)
    /// Failed entries will be resent at this time.
    case retry(at: SimTime)
}

/// Sending, arrival bookkeeping, responses and retries of PutRecords requests.
extension Fleet {
    /// Sends the gateway's batch at `now`. Returns the request slot, when it reaches the stream,
    /// and when the gateway's next batch is due (nil: nothing more to send, or, in single put
    /// mode, not before this call is answered: see `sendAfterResponse`).
    public mutating func send(gateway index: Int, now: SimTime) -> (request: Int, arrivesAt: SimTime, nextSendAt: SimTime?) {
        gateways[index].batchHeldBack = false
        if gateways[index].putMode == .single {
            gateways[index].callInFlight = true
            if !gateways[index].offline.held.isEmpty {
                let sent = sendHeld(gateway: index, now: now)
                return (sent.request, sent.arrivesAt, nil)
            }
        }
        let slot = allocateRequest()
        swap(&requests[slot].entries, &gateways[index].batch)
        gateways[index].batch.removeAll(keepingCapacity: true)
        gateways[index].batchBytes = 0
        requests[slot].acceptedBefore.removeAll(keepingCapacity: true)
        requests[slot].acceptedBefore.append(contentsOf: repeatElement(false, count: requests[slot].entries.count))
        let arrivesAt = open(request: slot, gateway: index, now: now)
        let nextSendAt = assembleBatch(gateway: index, now: now)
        return (slot, arrivesAt, gateways[index].putMode == .single ? nil : nextSendAt)
    }

    /// Puts a filled request slot on the wire at `now` as a first attempt; returns its arrival.
    mutating func open(request slot: Int, gateway index: Int, now: SimTime) -> SimTime {
        requests[slot].gateway = UInt32(index)
        requests[slot].attempt = 1
        requests[slot].invalid = false
        counters.requestsSent += 1
        return depart(request: slot, now: now)
    }

    /// The request leaves the gateway at `now`; returns when it reaches the stream.
    mutating func depart(request: Int, now: SimTime) -> SimTime {
        requests[request].sentAt = now
        requests[request].heldBack = false
        requests[request].timedOut = false
        requests[request].unreachable = false
        return now + uplinkDelay(gateway: Int(requests[request].gateway), at: now)
    }

    /// Notes that entry `entry` of `request` was accepted; returns false when the stream had
    /// already accepted that reading (the new record is a duplicate).
    public mutating func noteAccepted(request: Int, entry: Int) -> Bool {
        if requests[request].acceptedBefore[entry] { return false }
        requests[request].acceptedBefore[entry] = true
        return true
    }

    /// When the gateway settles `request`, processed by the stream at `now`: when the response
    /// arrives or, if that is more than `retry.timeout` after the request left, when the gateway
    /// gives up waiting. A request that reaches the stream only after the timeout is given up at
    /// its arrival: its slot is free only once the stream has processed it.
    public mutating func responseArrival(request: Int, now: SimTime) -> SimTime {
        let arrival = now + uplinkDelay(gateway: Int(requests[request].gateway), at: now)
        guard let timeout = config.retry.timeout, arrival - requests[request].sentAt > timeout else { return arrival }
        requests[request].timedOut = true
        counters.timeouts += 1
        return max(now, requests[request].sentAt + timeout)
    }

    /// Whether the gateway has no response to go by: the request could not be sent, it timed
    /// out, or the response was lost.
    mutating func responseMissing(request: Int) -> Bool {
        if requests[request].unreachable || requests[request].timedOut { return true }
        let gateway = Int(requests[request].gateway)
        guard config.ackLossRate > 0 && gateways[gateway].random.chance(config.ackLossRate) else { return false }
        counters.lostResponses += 1
        return true
    }

    /// The gateway reads the response: its producer library settles it (drops what is done,
    /// says when the rest is resent). A lost or timed-out response means every entry is resent,
    /// and an invalid request is dropped whole.
    public mutating func completeResponse(request: Int, now: SimTime) -> ResponseFate {
        let gateway = Int(requests[request].gateway)
        let lost = responseMissing(request: request)
        if !lost {
            learnSequenceNumber(request: request)
            if !requests[request].invalid { producer!.settle(&requests[request]) }
        }
        guard !requests[request].entries.isEmpty, !requests[request].invalid || lost,
              let resendAt = producer!.resendTime(of: requests[request], random: &gateways[gateway].random, now: now)
        else { return finish(request: request) }
        requests[request].attempt += 1
        counters.retries += 1
        return .retry(at: resendAt)
    }

    /// Resends a request's remaining entries at `now`; returns when it reaches the stream.
    public mutating func resend(request: Int, now: SimTime) -> SimTime {
        requests[request].invalid = false
        return depart(request: request, now: now)
    }

    /// Gives up the request's remaining entries: those never accepted are dropped.
    mutating func finish(request: Int) -> ResponseFate {
        let dropped = requests[request].acceptedBefore.lazy.filter { !$0 }.count
        counters.dropped += UInt64(dropped)
        if requests[request].invalid { counters.invalidRequests += 1 }
        release(request: request)
        return .finished(dropped: dropped)
    }

    /// Empties the request's slot and returns it to the pool.
    mutating func release(request: Int) {
        requests[request].entries.removeAll(keepingCapacity: true)
        requests[request].acceptedBefore.removeAll(keepingCapacity: true)
        requests[request].users.removeAll(keepingCapacity: true)
        requests[request].userEnds.removeAll(keepingCapacity: true)
        requests[request].predictedShards.removeAll(keepingCapacity: true)
        requests[request].discarded.removeAll(keepingCapacity: true)
        requests[request].inUse = false
        freeRequests.append(request)
    }

    mutating func allocateRequest() -> Int {
        let slot: Int
        if let free = freeRequests.popLast() {
            slot = free
        } else {
            requests.append(PutRequest())
            slot = requests.count - 1
        }
        requests[slot].inUse = true
        return slot
    }
}

extension Fleet {
    /// The request reaches the stream at `now`: PutRecords (or PutRecord) runs and its
    /// per-entry results are kept in the request. An invalid request (`InvalidArgumentException`)
    /// gets no results.
    public mutating func arrive(request: Int, at stream: inout DataStream<Reading>, now: SimTime) {
        guard gateways[Int(requests[request].gateway)].putMode == .batch else {
            return arriveSingle(request: request, at: &stream, now: now)
        }
        var results = ContiguousArray<PutEntryResult>()
        swap(&results, &requests[request].results)
        do {
            _ = try stream.putRecords(requests[request].entries, now: now, results: &results)
            requests[request].invalid = false
        } catch {
            results.removeAll(keepingCapacity: true)
            requests[request].invalid = true
        }
        swap(&results, &requests[request].results)
    }
}
