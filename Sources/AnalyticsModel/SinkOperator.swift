import SimKernel
import Telemetry

/// A Firehose-style sink: buffers the records its consumer processes and delivers them as one
/// object when the buffer holds `bufferBytes` or its oldest record has waited `bufferInterval`,
/// whichever comes first (Firehose's buffering hints).
///
/// A delivery attempt takes a `deliveryTime` draw. With `failureRate`, an attempt times out: as
/// Firehose documents ("Duplicated Records"), the destination may already hold the object, and
/// simctl assumes it does — the case that matters, since the retry that follows at once writes
/// the records again. Attempts are retried until one succeeds.
///
/// The sink needs no events of its own: a buffer whose interval ran out is flushed, at the time
/// it ran out, when the next record arrives or the input ends, and the whole delivery is drawn
/// at the flush. Completed deliveries wait in `pending` until the world collects them.
/// Memory: one buffer's records when they are kept for files; otherwise counters only.
public struct SinkOperator: Sendable {
    public let config: SinkConfig
    var random: SimRandom
    /// Deliveries made since the world last collected them.
    public internal(set) var pending: [SinkDelivery] = []
    var buffered: [Reading] = []
    var bufferedRecords = 0
    var bufferedBytes: Int64 = 0
    /// Arrival of the buffer's oldest record; nil when the buffer is empty.
    var oldestArrival: SimTime?

    /// - Precondition: `failureRate` is in `[0, 1)`, so that some attempt succeeds.
    public init(config: SinkConfig, random: SimRandom) {
        modelPrecondition((0..<1).contains(config.failureRate), "sink failureRate must be in [0, 1): \(config.failureRate)")
        self.config = config
        self.random = random
    }

    /// A record reaching the sink at `arrivedAt`.
    public mutating func add(_ reading: Reading, arrivedAt: SimTime) {
        flushIfExpired(before: arrivedAt)
        if oldestArrival == nil { oldestArrival = arrivedAt }
        if config.keepsRecords { buffered.append(reading) }
        bufferedRecords += 1
        bufferedBytes += Int64(reading.payloadBytes)
        if bufferedBytes >= config.bufferBytes { flush(at: arrivedAt) }
    }

    /// End of input: what is buffered is delivered when its interval runs out, as Firehose would.
    public mutating func finish() {
        guard let oldest = oldestArrival else { return }
        flush(at: oldest + config.bufferInterval)
    }

    /// Hands over the deliveries made since the last call.
    public mutating func takeDeliveries() -> [SinkDelivery] {
        defer { pending.removeAll(keepingCapacity: true) }
        return pending
    }

    mutating func flushIfExpired(before now: SimTime) {
        guard let oldest = oldestArrival, oldest + config.bufferInterval <= now else { return }
        flush(at: oldest + config.bufferInterval)
    }

    /// Delivers the buffer from `time`: attempts follow each other until one does not time out.
    mutating func flush(at time: SimTime) {
        guard let oldest = oldestArrival else { return }
        var attemptEnds: [SimTime] = []
        var start = time
        repeat {
            start = start + config.deliveryTime.sample(&random)
            attemptEnds.append(start)
        } while config.failureRate > 0 && random.chance(config.failureRate)
        pending.append(SinkDelivery(flushedAt: time, attemptEnds: attemptEnds, records: bufferedRecords, bytes: bufferedBytes,
                                    oldestArrival: oldest, readings: buffered))
        buffered.removeAll(keepingCapacity: true)
        bufferedRecords = 0
        bufferedBytes = 0
        oldestArrival = nil
    }
}
