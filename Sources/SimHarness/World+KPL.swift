import FleetModel
import SimKernel
import StreamModel
import Telemetry

/// The world's side of the KPL producer: gateway wakes, its requests' user records, responses.
extension World {
    /// A KPL gateway wakes: the requests it sent are scheduled, readings that expired dropped,
    /// and its next wake scheduled (a stale wake does nothing). A gateway cut off by a
    /// `gateway-offline` fault fails each request at once instead: the KPL has no offline queue,
    /// it keeps retrying its records until `recordTtl` expires them.
    mutating func wakeKPL(gateway: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        guard let outcome = fleet.wakeKPL(gateway: gateway, now: now) else { return }
        let sent = fleet.sentRequests
        let offline = fleet.isOffline(gateway: gateway)
        if !offline {
            for request in sent { queue.schedule(.putArrival(request: Int32(request.request)), at: request.arrivesAt) }
        }
        noteKPL(outcome, gateway: gateway, queue: &queue)
        guard offline else { return }
        for request in sent {
            noteKPL(fleet.failUnreachable(request: request.request, now: now), gateway: gateway, queue: &queue)
        }
    }

    /// The response to a KPL request reaches its gateway.
    mutating func respondKPL(request: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        let gateway = Int(fleet.requests[request].gateway)
        noteKPL(fleet.completeKPLResponse(request: request, now: now), gateway: gateway, queue: &queue)
    }

    /// Expired readings go to the conservation check and the digest; a new wake is scheduled.
    mutating func noteKPL(_ outcome: KPLOutcome, gateway: Int, queue: inout EventQueue<WorldEvent>) {
        if outcome.dropped > 0 {
            host.checks.conservation.observeDropped(UInt64(outcome.dropped))
            host.digest.add(UInt64(0xE4B1) << 48 | UInt64(outcome.dropped))
        }
        if let wake = outcome.wakeAt { queue.schedule(.gatewaySend(gateway: Int32(gateway)), at: wake) }
    }

    /// An aggregated record was accepted: its readings are counted (duplicates among them) and
    /// kept for consumers to deaggregate, unless consumers discard the record (it holds
    /// readings outside the shard's hash range: `Fleet.noteAcceptedUsers`).
    mutating func observeKPLAccepted(request: Int, entry: Int, shard: Int, offset: UInt64,
                                     bytes: Int64, now: SimTime) {
        let (readings, duplicates) = fleet.noteAcceptedUsers(request: request, entry: entry,
                                                             within: host.stream.shards[shard].range)
        host.metrics.recordAccepted(shard: shard, bytes: bytes, readings: readings, duplicates: duplicates, now: now)
        host.checks.conservation.observeAccepted(readings: readings, duplicates: duplicates)
        let users = fleet.requests[request].users[fleet.userRange(request: request, entry: entry)]
        host.aggregates.add(shard: shard, offset: offset, users: users.prefix(readings),
                            keptFrom: host.stream.shards[shard].firstOffset)
    }
}
