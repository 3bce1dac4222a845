import AnalyticsModel
import ConsumerModel
import FleetModel
import Metrics
import Scenario
import SimKernel
import StreamModel
import Telemetry
import Verification

/// The simulated world: the models, the measurements and the checkers, and the one `switch`
/// that routes each event to the models. Models stay passive; only this type schedules.
///
/// Step order within an instant: producer events (sends, arrivals, responses) and stream
/// operations run before consumer polls, so a record accepted at `t` is visible to a read at `t`.
struct World: EventHandler {
    var fleet: Fleet
    /// The consumer applications, whatever their kinds: the world only hands them signals.
    var apps: ConsumerApps
    /// The stream and its observers, where the applications live.
    var host: WorldHost
    /// The scheduled faults, indexed by the fault events.
    let faults: [FaultSpec]
    /// Each consumer's index by name (faults name their consumer).
    let consumerIndex: [String: Int]
    var operations: [ScheduledOperation]
    /// Capacity mode and policies (RS9 gate, autoscaling, on-demand splits).
    var capacity: CapacityControl
    /// What the capacity policies decided, in order (for the summary).
    var scalingDecisions: [PolicyDecision] = []
    /// The end of the run: capacity ticks stop before it.
    let runEnd: SimTime
    var reshards: [ReshardRecord] = []

    mutating func handle(_ event: WorldEvent, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        switch event {
        case .gatewaySend(let gateway):
            if fleet.usesKPL { return wakeKPL(gateway: Int(gateway), now: now, queue: &queue) }
            send(gateway: Int(gateway), now: now, queue: &queue)
        case .putArrival(let request):
            arrive(request: Int(request), now: now, queue: &queue)
        case .putResponse(let request):
            respond(request: Int(request), now: now, queue: &queue)
        case .putRetry(let request):
            retry(request: Int(request), now: now, queue: &queue)
        case .offlineDrain(let gateway):
            drain(gateway: Int(gateway), now: now, queue: &queue)
        case .consumer(let event):
            apps.send(.event(event), to: Int(event.app), now: now, host: &host, queue: &queue)
        case .capacityTick:
            capacityTick(now: now, queue: &queue)
        case .operation(let index):
            apply(operations[Int(index)].operation, now: now, queue: &queue)
        case .reshardCompletes:
            completeReshard(now: now, queue: &queue)
        case .faultBegins(let fault):
            begin(fault: Int(fault), now: now, queue: &queue)
        case .faultEnds(let fault):
            end(fault: Int(fault), now: now, queue: &queue)
        }
    }

    /// The gateway's batch is due: sent, held in its offline queue while it is cut off, or held
    /// back by the rate limiter (and with it the gateway's next batch).
    mutating func send(gateway: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        guard !fleet.isBusy(gateway: gateway) else { return }
        guard !fleet.isOffline(gateway: gateway) else {
            let held = fleet.holdBatch(gateway: gateway, now: now)
            noteOfflineQueues(dropped: held.dropped, now: now)
            if let next = held.nextSendAt { queue.schedule(.gatewaySend(gateway: Int32(gateway)), at: next) }
            return
        }
        if let wait = fleet.admitBatch(gateway: gateway, now: now) {
            return queue.schedule(.gatewaySend(gateway: Int32(gateway)), at: wait)
        }
        let sent = fleet.send(gateway: gateway, now: now)
        queue.schedule(.putArrival(request: Int32(sent.request)), at: sent.arrivesAt)
        if let next = sent.nextSendAt {
            queue.schedule(.gatewaySend(gateway: Int32(gateway)), at: next)
        }
    }

    /// A backoff has elapsed: the failed entries are resent, held while the gateway is offline,
    /// or held back by the rate limiter.
    mutating func retry(request: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        let gateway = Int(fleet.requests[request].gateway)
        guard !fleet.isOffline(gateway: gateway) else {
            noteOfflineQueues(dropped: fleet.holdRequest(request), now: now)
            // In single put mode the call is done with: the gateway goes on to its next reading.
            if let next = fleet.sendAfterResponse(gateway: gateway, now: now) {
                queue.schedule(.gatewaySend(gateway: Int32(gateway)), at: next)
            }
            return
        }
        if let wait = fleet.admitRetry(request: request, now: now) {
            return queue.schedule(.putRetry(request: Int32(request)), at: wait)
        }
        queue.schedule(.putArrival(request: Int32(request)), at: fleet.resend(request: request, now: now))
    }

    /// A reconnected gateway sends its next drain request, and schedules the one after (unless
    /// the rate limiter holds it back).
    mutating func drain(gateway: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        if let wait = fleet.admitDrain(gateway: gateway, now: now) {
            return queue.schedule(.offlineDrain(gateway: Int32(gateway)), at: wait)
        }
        guard let sent = fleet.sendDrain(gateway: gateway, now: now) else { return }
        noteOfflineQueues(dropped: 0, now: now)
        queue.schedule(.putArrival(request: Int32(sent.request)), at: sent.arrivesAt)
        if let next = sent.nextDrainAt { queue.schedule(.offlineDrain(gateway: Int32(gateway)), at: next) }
    }

    /// The offline queues changed at `now`: their level goes to the per-second series, and
    /// readings a full queue gave up are dropped (conservation check, digest).
    mutating func noteOfflineQueues(dropped: Int, now: SimTime) {
        host.metrics.recordOfflineQueues(level: fleet.counters.offlineQueued, dropped: dropped, now: now)
        guard dropped > 0 else { return }
        host.checks.conservation.observeDropped(UInt64(dropped))
        host.digest.add(UInt64(0x0FF1) << 48 | UInt64(dropped))
    }

    /// PutRecords at the stream: every entry's outcome is measured, audited and digested.
    mutating func arrive(request: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        fleet.arrive(request: request, at: &host.stream, now: now)
        // Index into the request rather than copying it: a copy would make the bookkeeping
        // below copy-on-write its arrays once per request.
        let invalid = fleet.requests[request].invalid
        host.metrics.recordRequest(entries: fleet.requests[request].entries.count, invalid: invalid)
        if invalid { host.digest.add(UInt64.max) }
        for index in fleet.requests[request].results.indices {
            observe(fleet.requests[request].results[index], entry: fleet.requests[request].entries[index],
                    request: request, index: index, now: now)
        }
        if !apps.wakers.isEmpty { wakeReaders(request: request, queue: &queue) }
        queue.schedule(.putResponse(request: Int32(request)), at: fleet.responseArrival(request: request, now: now))
    }

    mutating func observe(_ result: PutEntryResult, entry: PutEntry<Reading>, request: Int, index: Int, now: SimTime) {
        let bytes = entry.recordBytes
        switch result {
        case .accepted(let shard, let offset):
            if fleet.usesKPL {
                observeKPLAccepted(request: request, entry: index, shard: Int(shard), offset: offset, bytes: bytes, now: now)
            } else {
                let duplicate = !fleet.noteAccepted(request: request, entry: index)
                host.metrics.recordAccepted(shard: Int(shard), bytes: bytes, duplicate: duplicate, now: now)
                host.checks.conservation.observeAccepted(duplicate: duplicate)
            }
            host.checks.writeAudit.observeAccepted(shard: Int(shard), bytes: bytes, now: now)
            if capacity.tick != nil { capacity.noteAccepted(shard: Int(shard), bytes: bytes) }
            host.digest.add(UInt64(shard) << 48 | offset)
            host.digest.add(entry.payload.id.rawValue)
        case .throttled(let shard):
            host.metrics.recordThrottled(shard: Int(shard), now: now)
            host.checks.writeAudit.observeRejected(shard: Int(shard), bytes: bytes, now: now)
            host.digest.add(1 << 63 | UInt64(shard) << 48)
            host.digest.add(entry.payload.id.rawValue)
        case .internalFailure:
            observeInternalFailure(entry: entry, now: now)
        }
    }

    /// Tells the applications that wait for records (idle fan-out subscriptions) which shards
    /// accepted entries of `request`, and when each entry is readable.
    mutating func wakeReaders(request: Int, queue: inout EventQueue<WorldEvent>) {
        for result in fleet.requests[request].results {
            guard case .accepted(let shard, let offset) = result else { continue }
            let signal = ConsumerSignal.recordAccepted(shard: Int(shard),
                                                       visibleAt: host.stream.record(shard: Int(shard), offset: offset).visibleAt)
            for app in apps.wakers { apps.send(signal, to: app, now: queue.now, host: &host, queue: &queue) }
        }
    }

    /// An entry an injected `InternalFailure` failed: counted, digested, not audited (it is not
    /// throttling). Kept out of `observe` so that stays small enough to inline per entry.
    mutating func observeInternalFailure(entry: PutEntry<Reading>, now: SimTime) {
        host.metrics.recordInternalFailure(now: now)
        host.digest.add(UInt64(1) << 62)
        host.digest.add(entry.payload.id.rawValue)
    }

    /// The response reaches the gateway: retries are scheduled, and in single put mode a call
    /// answered for good frees the gateway to send its next one.
    mutating func respond(request: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        if fleet.usesKPL { return respondKPL(request: request, now: now, queue: &queue) }
        let gateway = Int(fleet.requests[request].gateway)
        switch fleet.completeResponse(request: request, now: now) {
        case .finished(let dropped):
            host.checks.conservation.observeDropped(UInt64(dropped))
            if let next = fleet.sendAfterResponse(gateway: gateway, now: now) {
                queue.schedule(.gatewaySend(gateway: Int32(gateway)), at: next)
            }
        case .retry(let time):
            queue.schedule(.putRetry(request: Int32(request)), at: time)
        }
    }

    /// Whole-state audit of every model (`--audit` runs and tests).
    func checkInvariants() {
        fleet.checkInvariants()
        host.stream.checkInvariants()
        for operators in host.operators { operators.checkInvariants() }
    }
}

/// Consumer applications schedule their own events into the world's queue, in the consume
/// phase: after producer events and stream operations at the same instant.
extension EventQueue: ConsumerScheduler where Payload == WorldEvent {
    public mutating func schedule(_ event: ConsumerEvent, at time: SimTime) {
        schedule(.consumer(event), at: time, phase: .consume)
    }
}
