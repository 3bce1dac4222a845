import SimKernel
import StreamModel

/// An independent audit of write throttling (`kinesis-model.md` §3) under the model the run
/// declared, recomputed from the log of accepted and rejected records rather than from the
/// stream's own state.
///
/// - token-bucket: in every interval `[a, b]` a shard accepted at most `capacity + rate·(b − a)`
///   records and bytes (`WriteEnvelope`), and rejected a record only if accepting it would
///   have broken that;
/// - sliding-window: every interval `(t − 1 s, t]` holds at most the per-second limits, and a
///   record was rejected only if its interval had no room for it (`WriteWindowLedger`);
/// - fixed-window: the same per aligned second;
/// - each model's W8 exception: a large record into an untouched allowance (`LargeRecords`).
///
/// Only throttling decisions are audited: an injected `InternalFailure` is neither.
public struct WriteThrottleAudit: Sendable {
    public let model: ThrottlingModel
    let limits: (records: Int64, bytes: Int64)
    /// Per shard, under the token-bucket model (empty otherwise).
    var envelopes: [(records: WriteEnvelope, bytes: WriteEnvelope)] = []
    /// Per shard, under a window model (empty otherwise).
    var ledgers: [WriteWindowLedger] = []
    var log = ViolationLog()
    var shardIDs: [String]

    public init(shardIDs: [String], model: ThrottlingModel, recordsPerSecond: Int64, bytesPerSecond: Int64) {
        self.shardIDs = shardIDs
        self.model = model
        limits = (recordsPerSecond, bytesPerSecond)
        switch model {
        case .tokenBucket:
            let pair = (WriteEnvelope(ratePerSecond: recordsPerSecond), WriteEnvelope(ratePerSecond: bytesPerSecond))
            envelopes = Array(repeating: pair, count: shardIDs.count)
        case .slidingWindow, .fixedWindow:
            ledgers = Array(repeating: WriteWindowLedger(aligned: model == .fixedWindow), count: shardIDs.count)
        }
    }

    public mutating func observeAccepted(shard: Int, bytes size: Int64, now: SimTime) {
        if model == .tokenBucket {
            acceptIntoEnvelopes(shard: shard, bytes: size, now: now)
        } else {
            acceptIntoLedger(shard: shard, bytes: size, now: now)
        }
    }

    public mutating func observeRejected(shard: Int, bytes size: Int64, now: SimTime) {
        guard hadRoom(shard: shard, bytes: size, now: now) else { return }
        log.record("\(shardIDs[shard]) rejected a record of \(size) B at t=\(now) although accepting it kept "
                   + (model == .tokenBucket ? "every interval within capacity + rate × interval"
                      : "\(ledgers[shard].window) within \(limits.records) records and \(limits.bytes) B"))
    }

    /// A reshard opened shard `id`; its limits start unused (full buckets, empty windows), which
    /// an empty envelope or ledger is at any time.
    public mutating func addShard(id: String) {
        shardIDs.append(id)
        switch model {
        case .tokenBucket:
            envelopes.append((WriteEnvelope(ratePerSecond: limits.records), WriteEnvelope(ratePerSecond: limits.bytes)))
        case .slidingWindow, .fixedWindow:
            ledgers.append(WriteWindowLedger(aligned: model == .fixedWindow))
        }
    }

    public func result() -> InvariantResult { log.result(named: "write-throttle") }

    @inline(__always)
    mutating func acceptIntoEnvelopes(shard: Int, bytes size: Int64, now: SimTime) {
        if !hadRoom(shard: shard, bytes: size, now: now) {
            log.record("\(shardIDs[shard]) over-admitted at t=\(now): a record of \(size) B pushed the accepted load "
                       + "past capacity + rate × interval (records excess \(envelopes[shard].records.excessUnits), "
                       + "bytes excess \(envelopes[shard].bytes.excessUnits) before it)")
        }
        envelopes[shard].records.add(1)
        envelopes[shard].bytes.add(size)
    }

    mutating func acceptIntoLedger(shard: Int, bytes size: Int64, now: SimTime) {
        if !hadRoom(shard: shard, bytes: size, now: now) {
            log.record("\(shardIDs[shard]) over-admitted at t=\(now): a record of \(size) B took \(ledgers[shard].window) "
                       + "past \(limits.records) records or \(limits.bytes) B (it held \(ledgers[shard].records) records "
                       + "and \(ledgers[shard].bytes) B before it)")
        }
        ledgers[shard].add(bytes: size, at: now)
    }

    /// Brings the shard's state to `now` and says whether one more record of `size` bytes fits
    /// the declared model's guarantee. Runs for every record, hence inlined.
    @inline(__always)
    mutating func hadRoom(shard: Int, bytes size: Int64, now: SimTime) -> Bool {
        if model == .tokenBucket {
            envelopes[shard].records.decay(to: now)
            envelopes[shard].bytes.decay(to: now)
            let bytes = envelopes[shard].bytes
            return envelopes[shard].records.fits(1) && (bytes.fits(size) || (LargeRecords.isLarge(size) && bytes.isClear))
        }
        ledgers[shard].advance(to: now)
        let bytes = ledgers[shard].bytes
        return ledgers[shard].records < limits.records
            && (bytes + size <= limits.bytes || (LargeRecords.isLarge(size) && bytes == 0))
    }
}
