import SimKernel
import Telemetry

/// Tumbling windows over one consumer's records, on event or processing time, grouped and
/// aggregated; the closed windows' results are kept for the store.
///
/// Windows are `[start, end)`, aligned to the Unix epoch (Flink's `TumblingEventTimeWindows`, KDA's
/// `STEP`): `start = floor(t / size) · size` in absolute epoch nanoseconds, so a run whose start
/// time is not on a boundary gets a short first window, as a real job would.
///
/// One clock decides everything: the *watermark* for event time (largest event time seen minus
/// `watermarkLag`, so monotonic), or the processing time for processing time. A window closes when
/// `clock ≥ end + allowedLateness` (lateness is 0 for processing time) and a record whose window
/// has closed is dropped and counted in `lateDropped`.
///
/// Firing: a window is complete once the watermark reaches its end — the same instant as Flink's
/// trigger, whose watermark is `max − lag − 1` and fires at `end − 1` — and a late record that
/// comes before it closes still updates it. Its result is emitted once, at close: the same rows as
/// the final firing of Flink's accumulating mode (or Kafka Streams' `suppress(untilWindowCloses)`),
/// without the intermediate firings, which the store would overwrite anyway.
///
/// Ordering: results appear in close order, which is window start order; within a window, in
/// group-id order. Nothing depends on hashing, so results are a function of the input sequence.
/// Memory: only the few open windows hold state (plus recycled storage); results grow with
/// windows closed, not with records.
public struct TumblingWindows: Sendable {
    public let config: TumblingWindowConfig
    /// Closed windows, in close order; within one window, by group id.
    public private(set) var results: [WindowResult] = []
    /// Records behind the watermark beyond `allowedLateness`: counted, not aggregated.
    public private(set) var lateDropped: UInt64 = 0
    /// Every record offered to the operator, late or not.
    public private(set) var recordsIn: UInt64 = 0

    let sizeNs: Int64
    /// Absolute epoch nanoseconds of simulated t = 0.
    let epochOffsetNs: Int64
    /// How far the clock trails the newest timestamp: the watermark lag, or 0 for processing time.
    let clockLagNs: Int64
    /// How long past its end a window still accepts records: allowed lateness, or 0 for processing time.
    let closeDelayNs: Int64
    /// The watermark or the processing time, absolute epoch nanoseconds; `.min` before any record.
    var clockNs = Int64.min
    /// Windows not yet closed, by ascending start.
    var open: [OpenWindow] = []
    /// Emptied accumulator arrays of closed windows, reused by the next windows to open.
    var spare: [ContiguousArray<WindowAccumulator>] = []

    /// - Precondition: `size` is a positive whole number of milliseconds (results report
    ///   milliseconds); `watermarkLag` and `allowedLateness` are not negative.
    public init(config: TumblingWindowConfig) {
        modelPrecondition(config.size > .zero && config.size.nanoseconds % nanosecondsPerMillisecond == 0,
                     "window size must be a positive whole number of milliseconds: \(config.size)")
        modelPrecondition(config.watermarkLag >= .zero, "watermarkLag cannot be negative: \(config.watermarkLag)")
        modelPrecondition(config.allowedLateness >= .zero, "allowedLateness cannot be negative: \(config.allowedLateness)")
        self.config = config
        sizeNs = config.size.nanoseconds
        epochOffsetNs = config.epochMillisAtStart * nanosecondsPerMillisecond
        let onEventTime = config.time == .event
        clockLagNs = onEventTime ? config.watermarkLag.nanoseconds : 0
        closeDelayNs = onEventTime ? config.allowedLateness.nanoseconds : 0
    }

    /// One record reaching the operator: `shard` is the shard index it was read from, `arrivedAt` the processing time.
    /// - Precondition: for processing time, `arrivedAt` never goes backwards.
    /// - Complexity: O(open windows), amortised; closing a window costs O(its highest group id).
    public mutating func add(_ reading: Reading, shard: Int, arrivedAt: SimTime) {
        recordsIn += 1
        let timeNs = config.time == .event ? epochNs(reading.emittedAt) : processingNs(arrivedAt)
        let startNs = windowStartNs(containing: timeNs)
        guard !hasClosed(windowStartingAt: startNs) else {
            lateDropped += 1
            return
        }
        let index = openWindowIndex(startingAt: startNs)
        open[index].add(reading.value, group: config.groupBy.groupID(of: reading, shard: shard))
        advanceClock(to: timeNs - clockLagNs)
    }

    /// Moves processing time to `now` without a record, closing the processing-time windows that
    /// have ended, as `ROWTIME` does when input goes quiet. An event-time watermark moves only
    /// with records, so for event time this does nothing.
    /// - Precondition: for processing time, `now` is not before the last arrival.
    public mutating func advance(to now: SimTime) {
        guard config.time == .processing else { return }
        advanceClock(to: processingNs(now))
    }

    /// End of input at `now`: close every open window (watermark to +∞).
    public mutating func finish(at now: SimTime) {
        advance(to: now)
        advanceClock(to: .max)
    }

    /// The number of windows holding state: bounded by the lag and lateness over the size, not by records.
    public var openWindowCount: Int { open.count }

    /// Audits the open windows: strictly ascending starts and none that should have closed.
    public func checkInvariants() {
        for (earlier, later) in zip(open, open.dropFirst()) {
            modelPrecondition(earlier.startNs < later.startNs,
                         "open windows out of order: \(earlier.startNs) before \(later.startNs)")
        }
        if let first = open.first {
            modelPrecondition(!hasClosed(windowStartingAt: first.startNs),
                         "window at \(first.startNs) ns still open with clock at \(clockNs) ns")
        }
    }
}

extension TumblingWindows {
    func epochNs(_ time: SimTime) -> Int64 { epochOffsetNs + time.nanoseconds }

    /// Processing time in epoch nanoseconds, checked never to go backwards.
    func processingNs(_ time: SimTime) -> Int64 {
        let timeNs = epochNs(time)
        modelPrecondition(timeNs >= clockNs, "processing time went backwards: \(time) (epoch \(timeNs) ns) after epoch \(clockNs) ns")
        return timeNs
    }

    /// The epoch-aligned start of the window holding `timeNs` (floor division, also below zero).
    func windowStartNs(containing timeNs: Int64) -> Int64 {
        let offset = timeNs % sizeNs
        return timeNs - (offset < 0 ? offset + sizeNs : offset)
    }

    func hasClosed(windowStartingAt startNs: Int64) -> Bool {
        startNs + sizeNs + closeDelayNs <= clockNs
    }

    /// The position of the open window starting at `startNs`, opening it in start order if needed.
    /// - Complexity: O(open windows), searched from the newest, where most records land.
    mutating func openWindowIndex(startingAt startNs: Int64) -> Int {
        var index = open.count
        while index > 0 && open[index - 1].startNs >= startNs { index -= 1 }
        if index < open.count && open[index].startNs == startNs { return index }
        open.insert(OpenWindow(startNs: startNs, groups: spare.popLast() ?? []), at: index)
        return index
    }

    /// Moves the clock forward (never back) and closes the windows it has passed.
    mutating func advanceClock(to timeNs: Int64) {
        guard timeNs > clockNs else { return }
        clockNs = timeNs
        closePassedWindows()
    }

    /// Emits and recycles, oldest first, the open windows the clock has closed: always a prefix,
    /// since ends ascend with starts.
    mutating func closePassedWindows() {
        var closed = 0
        while closed < open.count && hasClosed(windowStartingAt: open[closed].startNs) {
            open[closed].drain(sizeNs: sizeNs, into: &results)
            spare.append(open[closed].groups)
            closed += 1
        }
        open.removeFirst(closed)
    }
}
