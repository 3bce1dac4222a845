import SimKernel
import StreamModel
import Telemetry

/// A PutRecords request (or, in single put mode, a PutRecord call) a gateway has in flight, with
/// the per-entry bookkeeping retries need.
///
/// Request slots are pooled and their arrays reused, so sending allocates nothing per record.
public struct PutRequest {
    public internal(set) var gateway: UInt32 = 0
    /// 1 for the first send, incremented per retry.
    public internal(set) var attempt = 1
    /// When the latest attempt left the gateway (`retry.timeout` runs from here).
    public internal(set) var sentAt = SimTime.zero
    /// The latest attempt's response came too late: the gateway treats it as lost.
    public internal(set) var timedOut = false
    /// The next attempt waits for the rate limiter (counted once in `rateLimited`).
    var heldBack = false
    /// The latest attempt never left: its gateway was cut off (KPL requests fail at once then).
    public internal(set) var unreachable = false
    public internal(set) var entries: ContiguousArray<PutEntry<Reading>> = []
    /// Per entry: the stream already accepted this reading once (a resend would duplicate it).
    public internal(set) var acceptedBefore: ContiguousArray<Bool> = []
    /// Per entry result of the latest arrival at the stream.
    public var results: ContiguousArray<PutEntryResult> = []
    /// The latest arrival was rejected as a whole (`InvalidArgumentException`).
    public var invalid = false
    /// KPL requests: the user records inside the entries, entry `i`'s ending before
    /// `userEnds[i]` (`Fleet.userRange`); empty for the other producers.
    public internal(set) var users: ContiguousArray<KPLRecord> = []
    public internal(set) var userEnds: ContiguousArray<Int32> = []
    /// KPL requests, per entry: the shard the KPL predicted, and whether consumers discard the
    /// accepted record (it holds readings outside its shard's hash range).
    var predictedShards: ContiguousArray<Int32> = []
    var discarded: ContiguousArray<Bool> = []
    /// Single put mode: the sequence number the stream gave the record at the latest arrival.
    public internal(set) var sequenceNumber: SequenceNumber?
    /// The slot holds a request in flight (not in the free pool).
    public internal(set) var inUse = false

    /// Keeps the entries `keep` chooses, by index and latest result, in their order; the others
    /// leave the request. A producer library calls this when it settles a response.
    public mutating func keepEntries(_ keep: (_ index: Int, _ result: PutEntryResult) -> Bool) {
        var kept = 0
        let count = entries.count
        for index in 0..<count where keep(index, results[index]) {
            entries.swapAt(kept, index)
            acceptedBefore.swapAt(kept, index)
            kept += 1
        }
        entries.removeLast(count - kept)
        acceptedBefore.removeLast(count - kept)
    }
}
