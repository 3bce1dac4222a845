import SimKernel

/// An independent audit of write throttling (`kinesis-model.md` §3), recomputed from the log
/// of accepted and rejected records rather than from the stream's buckets.
///
/// The guarantee: in every interval `[a, b]` a shard accepted at most `capacity + rate·(b − a)`
/// records (and bytes). For a sequence of acceptances that holds iff the "excess" envelope
/// `E_i = max(0, E_{i−1} − rate·Δt) + w_i` never exceeds the capacity: E is the largest
/// `Σ w − rate·(t_i − a)` over every interval ending at `t_i`. And a record may be rejected only
/// if accepting it would have broken the guarantee. Integer arithmetic, scaled by 10^9.
public struct WriteThrottleAudit: Sendable {
    struct Envelope: Sendable {
        let rate: Int64
        let capacity: Int64
        var excess: Int64 = 0
        var at = SimTime.zero

        init(ratePerSecond: Int64) {
            rate = ratePerSecond
            capacity = ratePerSecond * 1_000_000_000
        }

        /// Lets the envelope decay to `now`.
        mutating func decay(to now: SimTime) {
            let elapsed = now.nanoseconds - at.nanoseconds
            at = now
            if excess == 0 { return }
            let (drained, overflow) = rate.multipliedReportingOverflow(by: elapsed)
            excess = overflow || drained >= excess ? 0 : excess - drained
        }

        func fits(_ weight: Int64) -> Bool { excess + weight * 1_000_000_000 <= capacity }
    }

    var records: [Envelope]
    var bytes: [Envelope]
    var log = ViolationLog()
    var shardIDs: [String]

    public init(shardIDs: [String], recordsPerSecond: Int64, bytesPerSecond: Int64) {
        self.shardIDs = shardIDs
        records = Array(repeating: Envelope(ratePerSecond: recordsPerSecond), count: shardIDs.count)
        bytes = Array(repeating: Envelope(ratePerSecond: bytesPerSecond), count: shardIDs.count)
    }

    public mutating func observeAccepted(shard: Int, bytes size: Int64, now: SimTime) {
        records[shard].decay(to: now)
        bytes[shard].decay(to: now)
        if !records[shard].fits(1) || !bytes[shard].fits(size) {
            log.record("\(shardIDs[shard]) over-admitted at t=\(now): a record of \(size) B pushed the accepted load "
                       + "past capacity + rate × interval (records excess \(records[shard].excess / 1_000_000_000), "
                       + "bytes excess \(bytes[shard].excess / 1_000_000_000) before it)")
        }
        records[shard].excess += 1_000_000_000
        bytes[shard].excess += size * 1_000_000_000
    }

    public mutating func observeRejected(shard: Int, bytes size: Int64, now: SimTime) {
        records[shard].decay(to: now)
        bytes[shard].decay(to: now)
        if records[shard].fits(1) && bytes[shard].fits(size) {
            log.record("\(shardIDs[shard]) rejected a record of \(size) B at t=\(now) although accepting it "
                       + "kept every interval within capacity + rate × interval")
        }
    }

    /// A reshard opened shard `id` at `now`; its buckets start full, so its envelope starts empty.
    public mutating func addShard(id: String, now: SimTime) {
        shardIDs.append(id)
        var envelope = records[0]
        envelope = Envelope(ratePerSecond: envelope.rate)
        envelope.at = now
        records.append(envelope)
        var byteEnvelope = Envelope(ratePerSecond: bytes[0].rate)
        byteEnvelope.at = now
        bytes.append(byteEnvelope)
    }

    public func result() -> InvariantResult { log.result(named: "write-throttle") }
}
