import SimKernel

extension Fleet {
    /// Whole-state audit: batches within their bounds and their byte tallies exact, every
    /// request in flight consistent with its bookkeeping (in single put mode, at most one per
    /// gateway), offline queues within capacity and counted right, and the free list holding
    /// only free slots, each once.
    /// - Complexity: O(devices + buffered entries); for tests and `--audit` runs.
    public func checkInvariants() {
        for (index, gateway) in gateways.enumerated() {
            let entries = entriesPerRequest(gateway: index)
            modelPrecondition(gateway.batch.count <= entries || usesKPL,
                         "gateway \(index) holds \(gateway.batch.count) entries, more than \(entries) per request")
            let bytes = gateway.batch.reduce(0) { $0 + $1.recordBytes }
            modelPrecondition(bytes == gateway.batchBytes || usesKPL, "gateway \(index) counts \(gateway.batchBytes) B in a batch of \(bytes) B")
            gateway.schedule.checkInvariants()
            modelPrecondition(gateway.offline.held.count <= config.offlineQueue.capacity ?? .max && gateway.offline.outages >= 0,
                              "gateway \(index) holds \(gateway.offline.held.count) readings offline, over the queue's capacity")
        }
        let queued = gateways.reduce(0) { $0 + $1.offline.held.count }
        modelPrecondition(queued == counters.offlineQueued, "offline queues hold \(queued) entries, counted \(counters.offlineQueued)")
        for (slot, request) in requests.enumerated() where request.inUse {
            modelPrecondition(request.entries.count == request.acceptedBefore.count && !request.entries.isEmpty,
                         "request \(slot): \(request.entries.count) entries but \(request.acceptedBefore.count) flags")
            modelPrecondition(request.attempt >= 1 && request.attempt <= attemptLimit ?? .max,
                         "request \(slot) on attempt \(request.attempt) of \(attemptLimit ?? .max)")
        }
        let busy = requests.filter { $0.inUse && gateways[Int($0.gateway)].putMode == .single }.map(\.gateway)
        modelPrecondition(Set(busy).count == busy.count, "single put mode: a sender has two calls in flight: \(busy.sorted())")
        modelPrecondition(Set(freeRequests).count == freeRequests.count && freeRequests.allSatisfy { !requests[$0].inUse },
                     "the free request list repeats a slot or holds one in use: \(freeRequests)")
    }
}
