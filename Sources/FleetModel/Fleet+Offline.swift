import SimKernel
import StreamModel
import Telemetry

/// `gateway-offline` faults and the offline queue (`fleet.offlineQueue`): while a gateway cannot
/// reach the stream, what it would send goes to its queue instead (a batch when it is due, a
/// retry when its backoff ends); when the last outage ends the queue drains, one request of up
/// to a batch's bounds every 1/`drainRate` seconds, on top of the gateway's live batches. In
/// single put mode the gateway keeps to one call at a time: its next calls take the queue,
/// oldest first, before its live readings (they are older), one per round trip.
/// Requests already on the wire when an outage starts go on (the uplink lost nothing in flight).
extension Fleet {
    /// An outage of `gateway` begins.
    public mutating func goOffline(gateway: Int) {
        gateways[gateway].offline.outages += 1
    }

    /// An outage of `gateway` ends at `now`; returns when its first drain request goes (nil: it
    /// is still offline, holds nothing, or is already draining). In single put mode that is
    /// the gateway's next call (`send`), unless one is in flight: its answer sends the next.
    public mutating func goOnline(gateway: Int, now: SimTime) -> SimTime? {
        modelPrecondition(gateways[gateway].offline.outages > 0, "gateway \(gateway) came online without an outage")
        gateways[gateway].offline.outages -= 1
        guard !gateways[gateway].offline.isOffline, !gateways[gateway].offline.held.isEmpty,
              !gateways[gateway].offline.draining else { return nil }
        if gateways[gateway].putMode == .single { return gateways[gateway].callInFlight ? nil : now }
        gateways[gateway].offline.draining = true
        return now
    }

    public func isOffline(gateway: Int) -> Bool { gateways[gateway].offline.isOffline }

    /// The batch of an offline gateway falls due at `now`: it is queued, and the next batch is
    /// assembled. Returns the readings the queue gave up and when the next batch is due.
    public mutating func holdBatch(gateway index: Int, now: SimTime) -> (dropped: Int, nextSendAt: SimTime?) {
        var dropped = 0
        for entry in gateways[index].batch { dropped += hold(.init(entry: entry, acceptedBefore: false), gateway: index) }
        gateways[index].batch.removeAll(keepingCapacity: true)
        gateways[index].batchBytes = 0
        return (dropped, assembleBatch(gateway: index, now: now))
    }

    /// A retry falls due while its gateway is offline: the request's remaining entries are
    /// queued and its slot freed. Returns the readings the queue gave up.
    public mutating func holdRequest(_ request: Int) -> Int {
        let gateway = Int(requests[request].gateway)
        var dropped = 0
        for index in requests[request].entries.indices {
            let item = OfflineQueue.Held(entry: requests[request].entries[index],
                                         acceptedBefore: requests[request].acceptedBefore[index])
            dropped += hold(item, gateway: gateway)
        }
        release(request: request)
        return dropped
    }

    /// Sends the gateway's next drain request at `now`: up to a batch's bounds of held readings,
    /// oldest first. Returns the request, its arrival and when the next drain request goes (nil:
    /// the queue is empty, or the gateway went offline again and draining stops until it is
    /// back); nil when the gateway is offline.
    public mutating func sendDrain(gateway index: Int, now: SimTime) -> (request: Int, arrivesAt: SimTime, nextDrainAt: SimTime?)? {
        guard !gateways[index].offline.isOffline, !gateways[index].offline.held.isEmpty else {
            gateways[index].offline.draining = false
            return nil
        }
        gateways[index].offline.drainHeldBack = false
        let sent = sendHeld(gateway: index, now: now)
        let more = !gateways[index].offline.held.isEmpty
        if !more { gateways[index].offline.draining = false }
        return (sent.request, sent.arrivesAt, more ? now + drainGap : nil)
    }

    /// Moves the next drain request's readings from the gateway's queue into a request, and
    /// sends it at `now`.
    mutating func sendHeld(gateway index: Int, now: SimTime) -> (request: Int, arrivesAt: SimTime) {
        let slot = allocateRequest()
        requests[slot].entries.removeAll(keepingCapacity: true)
        requests[slot].acceptedBefore.removeAll(keepingCapacity: true)
        for _ in 0..<drainCount(gateway: index) {
            let next = gateways[index].offline.held.removeFirst()
            requests[slot].entries.append(next.entry)
            requests[slot].acceptedBefore.append(next.acceptedBefore)
        }
        counters.offlineQueued -= requests[slot].entries.count
        counters.drainRequests += 1
        return (slot, open(request: slot, gateway: index, now: now))
    }

    /// How many held readings the gateway's next drain request takes: oldest first, up to a
    /// batch's bounds (at least one).
    func drainCount(gateway index: Int) -> Int {
        let entries = entriesPerRequest(gateway: index)
        var count = 0
        var bytes: Int64 = 0
        for next in gateways[index].offline.held {
            guard count < entries, count == 0 || bytes + next.entry.recordBytes <= config.batching.maxBytes else { break }
            count += 1
            bytes += next.entry.recordBytes
        }
        return count
    }

    /// Time between drain requests: 1/`drainRate` seconds, in whole nanoseconds.
    var drainGap: SimDuration {
        .nanoseconds(max(1, Int64((1e9 / config.offlineQueue.drainRate).rounded())))
    }

    /// Queues one item on `gateway`'s queue; returns 1 when that gives up a reading the stream
    /// never accepted, else 0.
    mutating func hold(_ item: OfflineQueue.Held, gateway: Int) -> Int {
        counters.offlineQueued += 1
        counters.offlineHeld += 1
        guard let lost = gateways[gateway].offline.hold(item, config: config.offlineQueue) else {
            counters.peakOfflineQueued = max(counters.peakOfflineQueued, counters.offlineQueued)
            return 0
        }
        counters.offlineQueued -= 1
        guard !lost.acceptedBefore else { return 0 }
        counters.offlineDropped += 1
        counters.dropped += 1
        return 1
    }
}
