import SimKernel
import StreamModel
import Telemetry

/// Responses to the KPL's requests: accepted user records are done; the others go back to the
/// buffer (KPL `Retrier::retry_not_expired`), or expire.
extension Fleet {
    /// The user records of entry `entry` of a KPL request, as indexes into its `users`.
    public func userRange(request: Int, entry: Int) -> Range<Int> {
        let ends = requests[request].userEnds
        return (entry == 0 ? 0 : Int(ends[entry - 1]))..<Int(ends[entry])
    }

    /// Notes that entry `entry` of a KPL request was accepted by a shard covering `hashKeys`:
    /// returns how many user records consumers take from it and how many of those the stream
    /// already had (duplicates). Consumers deaggregate as the KCL does
    /// (`AggregatorUtil.deaggregate`): a record holding any reading outside its shard's hash
    /// range is discarded whole (none taken), which happens when the KPL aggregated by a map
    /// that predates a reshard.
    public mutating func noteAcceptedUsers(request: Int, entry: Int, within hashKeys: HashKeyRange) -> (readings: Int, duplicates: Int) {
        let range = userRange(request: request, entry: entry)
        if requests[request].users[range].contains(where: { !hashKeys.contains($0.entry.hashKey) }) {
            requests[request].discarded[entry] = true
            return (0, 0)
        }
        var duplicates = 0
        for user in range {
            if requests[request].users[user].acceptedBefore { duplicates += 1 }
            requests[request].users[user].acceptedBefore = true
        }
        return (range.count, duplicates)
    }

    /// A KPL request its gateway could not send (the gateway is offline): it fails at once, as
    /// the KPL's connection error does, and its records go back to be retried until their TTL.
    public mutating func failUnreachable(request: Int, now: SimTime) -> KPLOutcome {
        requests[request].unreachable = true
        counters.unreachable += 1
        return completeKPLResponse(request: request, now: now)
    }

    /// The gateway reads the response to a KPL request at `now`. A lost or timed-out response
    /// fails every entry (the KPL cannot tell what was written); an invalid request fails them all too.
    public mutating func completeKPLResponse(request: Int, now: SimTime) -> KPLOutcome {
        let index = Int(requests[request].gateway)
        let lost = responseMissing(request: request)
        if requests[request].invalid { counters.invalidRequests += 1 }
        kplWork.dropped = 0
        var retried = 0
        for entry in requests[request].entries.indices {
            if !lost, !requests[request].invalid, case .accepted(let shard, _) = requests[request].results[entry] {
                retried += settleAccepted(request: request, entry: entry, shard: Int(shard), now: now)
                continue
            }
            for user in userRange(request: request, entry: entry) {
                retried += retryOrExpire(requests[request].users[user], gateway: index, now: now)
            }
        }
        release(request: request)
        guard retried > 0 else { return KPLOutcome(dropped: kplWork.dropped, wakeAt: nil) }
        counters.retries += UInt64(retried)
        let due = now + kpl!.retryDelay
        gateways[index].kpl.retryDueAt = min(gateways[index].kpl.retryDueAt ?? due, due)
        if let wake = gateways[index].kpl.wakeAt, wake <= due { return KPLOutcome(dropped: kplWork.dropped, wakeAt: nil) }
        gateways[index].kpl.wakeAt = due
        return KPLOutcome(dropped: kplWork.dropped, wakeAt: due)
    }

    /// Puts a failed user record back to be retried, or expires it at its TTL; returns 1 when
    /// it is retried.
    mutating func retryOrExpire(_ record: KPLRecord, gateway index: Int, now: SimTime) -> Int {
        guard record.entry.payload.emittedAt + kpl!.recordTtl > now else {
            expire(CollectionOfOne(record))
            return 0
        }
        gateways[index].kpl.retries.append(record)
        return 1
    }

    /// User records the KPL holds that the stream never accepted: retries, records waiting on
    /// limiters (the buffer is the gateway's batch, counted with the other producers').
    func kplReadingsHeld(gateway: Gateway) -> UInt64 {
        var held = gateway.kpl.retries.lazy.filter { !$0.acceptedBefore }.count
        for waiting in gateway.kpl.waiting {
            for aggregate in waiting { held += aggregate.users.lazy.filter { !$0.acceptedBefore }.count }
        }
        return UInt64(held)
    }
}
