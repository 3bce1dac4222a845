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
    var stream: DataStream<Reading>
    var consumers: [PollingConsumer]
    /// The scheduled faults, indexed by the fault events.
    let faults: [FaultSpec]
    var operators: [[TumblingWindows]]
    var metrics: RunMetrics
    var checks: RunChecks
    var operations: [ScheduledOperation]
    let keyTracking: KeyTracking
    /// Capacity mode and policies (RS9 gate, autoscaling, on-demand splits).
    var capacity: CapacityControl
    /// What the capacity policies decided, in order (for the summary).
    var scalingDecisions: [PolicyDecision] = []
    /// The end of the run: capacity ticks stop before it.
    let runEnd: SimTime
    /// Indexes of the enhanced fan-out consumers (woken by accepted records).
    var fanOutConsumers: [Int]
    var reshards: [ReshardRecord] = []
    /// `lossSeen[consumer][shard]`: retention losses already accounted to the checkers.
    var lossSeen: [[UInt64]]
    var digest = RunDigest()

    mutating func handle(_ event: WorldEvent, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        switch event {
        case .gatewaySend(let gateway):
            send(gateway: Int(gateway), now: now, queue: &queue)
        case .putArrival(let request):
            arrive(request: Int(request), now: now, queue: &queue)
        case .putResponse(let request):
            respond(request: Int(request), now: now, queue: &queue)
        case .putRetry(let request):
            let arrival = fleet.resend(request: Int(request), now: now)
            queue.schedule(.putArrival(request: request), at: arrival)
        case .poll(let consumer, let shard):
            poll(consumer: Int(consumer), shard: Int(shard), now: now, queue: &queue)
        case .push(let consumer, let shard):
            push(consumer: Int(consumer), shard: Int(shard), now: now, queue: &queue)
        case .renewSubscription(let consumer, let shard):
            renewSubscription(consumer: Int(consumer), shard: Int(shard), now: now, queue: &queue)
        case .capacityTick:
            capacityTick(now: now, queue: &queue)
        case .operation(let index):
            apply(operations[Int(index)].operation, now: now, queue: &queue)
        case .faultBegins(let fault):
            begin(fault: Int(fault))
        case .faultEnds(let fault):
            end(fault: Int(fault))
        }
    }

    mutating func send(gateway: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        let sent = fleet.send(gateway: gateway, now: now)
        queue.schedule(.putArrival(request: Int32(sent.request)), at: sent.arrivesAt)
        if let next = sent.nextSendAt {
            queue.schedule(.gatewaySend(gateway: Int32(gateway)), at: next)
        }
    }

    /// PutRecords at the stream: every entry's outcome is measured, audited and digested.
    mutating func arrive(request: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        fleet.arrive(request: request, at: &stream, now: now)
        // Index into the request rather than copying it: a copy would make the bookkeeping
        // below copy-on-write its arrays once per request.
        let invalid = fleet.requests[request].invalid
        metrics.recordRequest(entries: fleet.requests[request].entries.count, invalid: invalid)
        if invalid { digest.add(UInt64.max) }
        for index in fleet.requests[request].results.indices {
            observe(fleet.requests[request].results[index], entry: fleet.requests[request].entries[index],
                    request: request, index: index, now: now)
        }
        if !fanOutConsumers.isEmpty { wakeFanOut(request: request, queue: &queue) }
        queue.schedule(.putResponse(request: Int32(request)), at: fleet.responseArrival(request: request, now: now))
    }

    mutating func observe(_ result: PutEntryResult, entry: PutEntry<Reading>, request: Int, index: Int, now: SimTime) {
        let bytes = entry.recordBytes
        switch result {
        case .accepted(let shard, let offset):
            let duplicate = !fleet.noteAccepted(request: request, entry: index)
            metrics.recordAccepted(shard: Int(shard), bytes: bytes, duplicate: duplicate, now: now)
            checks.conservation.observeAccepted(duplicate: duplicate)
            checks.writeAudit.observeAccepted(shard: Int(shard), bytes: bytes, now: now)
            if capacity.tick != nil { capacity.noteAccepted(shard: Int(shard), bytes: bytes) }
            digest.add(UInt64(shard) << 48 | offset)
            digest.add(entry.payload.id.rawValue)
        case .throttled(let shard):
            metrics.recordThrottled(shard: Int(shard), now: now)
            checks.writeAudit.observeRejected(shard: Int(shard), bytes: bytes, now: now)
            digest.add(1 << 63 | UInt64(shard) << 48)
            digest.add(entry.payload.id.rawValue)
        case .internalFailure:
            observeInternalFailure(entry: entry, now: now)
        }
    }

    /// Wakes idle fan-out subscriptions of the shards that accepted entries of `request`.
    mutating func wakeFanOut(request: Int, queue: inout EventQueue<WorldEvent>) {
        for result in fleet.requests[request].results {
            guard case .accepted(let shard, let offset) = result else { continue }
            wakeSubscribers(shard: Int(shard), visibleAt: stream.record(shard: Int(shard), offset: offset).visibleAt, queue: &queue)
        }
    }

    /// An entry an injected `InternalFailure` failed: counted, digested, not audited (it is not
    /// throttling). Kept out of `observe` so that stays small enough to inline per entry.
    mutating func observeInternalFailure(entry: PutEntry<Reading>, now: SimTime) {
        metrics.recordInternalFailure(now: now)
        digest.add(UInt64(1) << 62)
        digest.add(entry.payload.id.rawValue)
    }

    /// The response reaches the gateway: retries are scheduled, and in single put mode a call
    /// answered for good frees the gateway to send its next one.
    mutating func respond(request: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        let gateway = Int(fleet.requests[request].gateway)
        switch fleet.completeResponse(request: request, now: now) {
        case .finished(let dropped):
            checks.conservation.observeDropped(UInt64(dropped))
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
        stream.checkInvariants()
        for operators in operators {
            for windows in operators { windows.checkInvariants() }
        }
    }
}
