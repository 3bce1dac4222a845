import SimKernel
import StreamModel
import Telemetry

/// A gateway's sender of one put mode: the devices behind it that write in that mode, their
/// emission schedule and the batch being filled. A gateway whose device groups use both modes
/// has two senders (`Fleet.senders`); they share its identity, clock, uplink and outages.
struct Gateway {
    /// The gateway's index (`fleet.gateways`), which the scenario's faults and keys name.
    let physical: Int
    let putMode: PutMode
    /// When each of its devices emits next, and which emits first.
    var schedule = EmissionSchedule()
    /// The batch being filled; it is handed to a request slot when sent.
    var batch: ContiguousArray<PutEntry<Reading>> = []
    var batchBytes: Int64 = 0
    /// A reading that did not fit the last batch (byte bound): it opens the next one.
    var carry: PutEntry<Reading>?
    /// Readings due before the run ended that the gateway never took from its devices: in
    /// single put mode they wait while a call is in flight (see `Fleet.takeBacklog`).
    var backlog: UInt64 = 0
    /// The sequence number of its latest accepted record, as responses told it (single put
    /// mode: the next PutRecord's `SequenceNumberForOrdering`, P8).
    var lastSequence: SequenceNumber?
    /// What it holds while it cannot reach the stream, and its outages.
    var offline = OfflineQueue()
    /// Single put mode: its call is on the wire or being retried (the next waits for its answer).
    var callInFlight = false
    /// The batch waits for the rate limiter (counted once in `rateLimited`).
    var batchHeldBack = false
    /// Under `fleet.rateLimit`, by shard index: made when the gateway first puts to the shard
    /// (its tokens start empty).
    var limiters: [ShardLimiter?] = []
    /// Under the KPL: its retries, records waiting on limiters, and next wake.
    var kpl = KPLGateway()
    var random: SimRandom
    let hashKey: UInt128
    let keyLength: Int32
}
