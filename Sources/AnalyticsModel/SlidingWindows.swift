import SimKernel
import Telemetry

/// Sliding (hopping) windows over one consumer's records, on event or processing time, grouped
/// and aggregated; a tumbling window is the case slide = size. The closed windows' results are
/// kept for the store.
///
/// Windows are `[start, start + size)` with starts on multiples of `slide`, aligned to the Unix
/// epoch (Flink's `SlidingEventTimeWindows`, KDA's `STEP`), in absolute epoch nanoseconds, so a
/// run whose start time is not on a boundary gets partial first windows, as a real job would.
/// Each record is aggregated once, into its pane of length gcd(size, slide); a window's result
/// combines its size/pane panes when it closes.
///
/// One clock decides everything: the *watermark* for event time — the smallest, over the shards
/// records came from and that have not gone idle, of the largest event time seen on that shard,
/// minus `watermarkLag` (Flink's rule for parallel sources), never moving back — or the
/// processing time. A window closes when `clock ≥ end + allowedLateness` (lateness is 0 for
/// processing time); its result is emitted once, then (Flink's final firing of an accumulating
/// window; Kafka Streams' `suppress(untilWindowCloses)`). A record some of whose windows have
/// closed is late for those: counted per window (`lateByWindow`) and added to the panes of the
/// others; one whose every window has closed is dropped and counted in `lateDropped` too.
///
/// Ordering: results appear in window start order; within a window, in group-id order. Nothing
/// depends on hashing, so results are a function of the input sequence.
/// Memory: only the panes of open windows hold state (plus recycled storage); results grow with
/// windows closed, not with records.
public struct SlidingWindows: Sendable {
    public let config: WindowConfig
    /// Closed windows, in close order; within one window, by group id.
    public private(set) var results: [WindowResult] = []
    /// Records whose every window had closed: counted, not aggregated.
    public private(set) var lateDropped: UInt64 = 0
    /// Per closed window, the records that came after it closed, in window order.
    public private(set) var lateByWindow: [WindowLateness] = []
    /// Every record offered to the operator, late or not.
    public private(set) var recordsIn: UInt64 = 0

    let sizeNs: Int64
    let slideNs: Int64
    let paneNs: Int64
    /// Absolute epoch nanoseconds of simulated t = 0.
    let epochOffsetNs: Int64
    /// How far the clock trails the watermark's event time: the lag, or 0 for processing time.
    let clockLagNs: Int64
    /// How long past its end a window still accepts records: allowed lateness, or 0 for processing time.
    let closeDelayNs: Int64
    /// The watermark or the processing time, absolute epoch nanoseconds; `.min` before any record.
    var clockNs = Int64.min
    /// The dense group id of each record, and the label of each id.
    public private(set) var groups: GroupIndex
    /// Event time: each shard's watermark state.
    var shards: ShardWatermarks
    /// Windows covering a record, less one, when slides divide the size (the usual case); −1
    /// when they do not, and the count depends on where the record falls.
    let extraCoveringWindows: Int64
    /// Panes holding records of windows not yet emitted, by ascending start.
    var panes: [Pane] = []
    /// The earliest window not yet emitted that may hold records; nil when no pane is open.
    var nextWindowNs: Int64?
    /// Emptied accumulator arrays of freed panes, reused by the next panes to open.
    var spare: [ContiguousArray<WindowAccumulator>] = []
    /// A window's combined accumulators while it is emitted (sliding windows only).
    var combined: ContiguousArray<WindowAccumulator> = []
    /// The newest pane, where nearly every record lands: a record inside it while its earliest
    /// window is open goes straight to it.
    var hot = HotPane.none

    /// - Precondition: `size` and `slide` are positive whole numbers of milliseconds with
    ///   `slide ≤ size` (results report milliseconds); `watermarkLag`, `allowedLateness` and
    ///   `idleTimeout` are not negative.
    public init(config: WindowConfig) {
        modelPrecondition(config.size > .zero && config.size.nanoseconds % nanosecondsPerMillisecond == 0,
                          "window size must be a positive whole number of milliseconds: \(config.size)")
        modelPrecondition(config.slide > .zero && config.slide <= config.size
                              && config.slide.nanoseconds % nanosecondsPerMillisecond == 0,
                          "window slide must be a whole number of milliseconds in (0, size]: \(config.slide)")
        modelPrecondition(config.watermarkLag >= .zero, "watermarkLag cannot be negative: \(config.watermarkLag)")
        modelPrecondition(config.allowedLateness >= .zero, "allowedLateness cannot be negative: \(config.allowedLateness)")
        modelPrecondition(config.idleTimeout >= .zero, "idleTimeout cannot be negative: \(config.idleTimeout)")
        self.config = config
        groups = GroupIndex(keys: config.groupBy, stations: config.stations)
        shards = ShardWatermarks(idleTimeout: config.idleTimeout)
        extraCoveringWindows = config.size.nanoseconds % config.slide.nanoseconds == 0
            ? config.size.nanoseconds / config.slide.nanoseconds - 1 : -1
        sizeNs = config.size.nanoseconds
        slideNs = config.slide.nanoseconds
        paneNs = greatestCommonDivisor(sizeNs, slideNs)
        epochOffsetNs = config.epochMillisAtStart * nanosecondsPerMillisecond
        let onEventTime = config.time == .event
        clockLagNs = onEventTime ? config.watermarkLag.nanoseconds : 0
        closeDelayNs = onEventTime ? config.allowedLateness.nanoseconds : 0
    }

    /// One record reaching the operator: `shard` is the shard index it was read from, `arrivedAt` the processing time.
    /// - Precondition: for processing time, `arrivedAt` never goes backwards.
    /// - Complexity: O(open panes), amortised; closing a window costs O(its panes × groups).
    public mutating func add(_ reading: Reading, shard: Int, arrivedAt: SimTime) {
        recordsIn += 1
        let timeNs = config.time == .event ? epochNs(reading.emittedAt) + config.clocks.skewNanoseconds(of: reading)
            : processingNs(arrivedAt)
        if hot.takes(timeNs, clockNs: clockNs) {
            panes[panes.count - 1].add(reading.value, group: groups.id(of: reading, shard: shard))
        } else {
            addOffHotPane(reading, shard: shard, atNs: timeNs)
        }
        if config.time == .event {
            let watermark = shards.observe(shard: shard, eventNs: timeNs, arrivedAtNs: arrivedAt.nanoseconds)
            advanceClock(to: watermark &- clockLagNs)
        } else {
            advanceClock(to: timeNs)
        }
    }

    /// A record outside the hot pane, or late for some window: placed in its windows the long
    /// way, and the newest pane made hot.
    mutating func addOffHotPane(_ reading: Reading, shard: Int, atNs timeNs: Int64) {
        let paneStart = floorMultiple(timeNs, of: paneNs)
        if place(atNs: timeNs, latest: paneNs == slideNs ? paneStart : floorMultiple(timeNs, of: slideNs)) {
            let index = paneIndex(startingAt: paneStart)
            panes[index].add(reading.value, group: groups.id(of: reading, shard: shard))
        }
        heatNewestPane()
    }

    /// Makes the newest open pane hot (or none, with no pane open).
    mutating func heatNewestPane() {
        guard let newest = panes.last?.startNs else {
            hot = .none
            return
        }
        hot = HotPane(startNs: newest, endNs: newest + paneNs,
                      closesAtNs: earliestWindow(covering: newest) + sizeNs + closeDelayNs)
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

    /// The number of panes holding state: bounded by the lag, lateness and size over the pane
    /// length, not by records.
    public var openPaneCount: Int { panes.count }

    /// Audits the open panes: strictly ascending starts on pane boundaries, none before the next
    /// window to emit, and that window not closed; the hot pane, if any, is the newest.
    public func checkInvariants() {
        if hot.startNs != HotPane.none.startNs {
            modelPrecondition(panes.last?.startNs == hot.startNs, "hot pane at \(hot.startNs) ns is not the newest open pane")
        }
        for (earlier, later) in zip(panes, panes.dropFirst()) {
            modelPrecondition(earlier.startNs < later.startNs, "panes out of order: \(earlier.startNs) before \(later.startNs)")
        }
        guard let next = nextWindowNs else {
            modelPrecondition(panes.isEmpty, "\(panes.count) panes open with no window to emit")
            return
        }
        modelPrecondition(!hasClosed(windowStartingAt: next), "window at \(next) ns still open with clock at \(clockNs) ns")
        if let first = panes.first {
            modelPrecondition(first.startNs >= next && first.startNs % paneNs == 0,
                              "pane at \(first.startNs) ns before the next window \(next) ns or off its boundary")
        }
    }
}

extension SlidingWindows {
    func epochNs(_ time: SimTime) -> Int64 { epochOffsetNs + time.nanoseconds }

    /// Processing time in epoch nanoseconds, checked never to go backwards.
    func processingNs(_ time: SimTime) -> Int64 {
        let timeNs = epochNs(time)
        modelPrecondition(timeNs >= clockNs, "processing time went backwards: \(time) (epoch \(timeNs) ns) after epoch \(clockNs) ns")
        return timeNs
    }

    func hasClosed(windowStartingAt startNs: Int64) -> Bool {
        startNs + sizeNs + closeDelayNs <= clockNs
    }

    /// Accounts a record at `timeNs`, whose latest window starts at `latest`, to the windows
    /// covering it: late for those already closed, and returns whether some window still takes it
    /// (then the earliest such window is due).
    @inline(__always)
    mutating func place(atNs timeNs: Int64, latest: Int64) -> Bool {
        var start = earliestWindow(covering: timeNs, latest: latest)
        while start <= latest && hasClosed(windowStartingAt: start) {
            countLate(windowStartingAt: start)
            start += slideNs
        }
        guard start <= latest else {
            lateDropped += 1
            return false
        }
        nextWindowNs = min(nextWindowNs ?? start, start)
        return true
    }

    /// The start of the earliest window covering `timeNs`: the latest one, less as many slides
    /// as still cover it. Counted down from the latest, so that no value below the run's window
    /// margin (`ScenarioSpec.startTimeRange`) is ever formed.
    func earliestWindow(covering timeNs: Int64) -> Int64 {
        earliestWindow(covering: timeNs, latest: floorMultiple(timeNs, of: slideNs))
    }

    /// The same, given the latest window covering `timeNs`.
    @inline(__always)
    func earliestWindow(covering timeNs: Int64, latest: Int64) -> Int64 {
        latest - (extraCoveringWindows >= 0 ? extraCoveringWindows : (sizeNs - (timeNs - latest) - 1) / slideNs) * slideNs
    }

    /// One more record that came after the window starting at `startNs` closed.
    mutating func countLate(windowStartingAt startNs: Int64) {
        let startMs = startNs / nanosecondsPerMillisecond
        var index = lateByWindow.count
        while index > 0 && lateByWindow[index - 1].start > startMs { index -= 1 }
        if index > 0 && lateByWindow[index - 1].start == startMs {
            lateByWindow[index - 1].records += 1
        } else {
            lateByWindow.insert(WindowLateness(start: startMs, end: (startNs + sizeNs) / nanosecondsPerMillisecond, records: 1),
                                at: index)
        }
    }

    /// The position of the pane starting at `startNs`, opening it in start order if needed.
    /// - Complexity: O(open panes), searched from the newest, where most records land.
    @inline(__always)
    mutating func paneIndex(startingAt startNs: Int64) -> Int {
        if let last = panes.last, last.startNs == startNs { return panes.count - 1 }
        var index = panes.count
        while index > 0 && panes[index - 1].startNs >= startNs { index -= 1 }
        if index < panes.count && panes[index].startNs == startNs { return index }
        panes.insert(Pane(startNs: startNs, groups: spare.popLast() ?? []), at: index)
        return index
    }

    /// Moves the clock forward (never back) and emits the windows it has closed.
    mutating func advanceClock(to timeNs: Int64) {
        guard timeNs > clockNs else { return }
        clockNs = timeNs
        emitClosedWindows()
    }

    /// Emits, oldest first, every closed window that may hold records, freeing the panes no
    /// later window covers and skipping stretches with no pane at all.
    mutating func emitClosedWindows() {
        while let start = nextWindowNs, hasClosed(windowStartingAt: start) {
            emit(windowStartingAt: start)
            let next = start + slideNs
            var freed = 0
            while freed < panes.count && panes[freed].startNs < next {
                spare.append(panes[freed].empty())
                freed += 1
            }
            panes.removeFirst(freed)
            guard let first = panes.first else {
                nextWindowNs = nil
                hot = .none
                return
            }
            nextWindowNs = max(next, earliestWindow(covering: first.startNs))
        }
    }

    /// Appends the window's result rows: its panes combined, one row per group with records.
    mutating func emit(windowStartingAt startNs: Int64) {
        let endNs = startNs + sizeNs
        let startMs = startNs / nanosecondsPerMillisecond
        let endMs = endNs / nanosecondsPerMillisecond
        var limit = 0
        for pane in panes {
            guard pane.startNs < endNs else { break }
            pane.merge(into: &combined, limit: &limit)
        }
        for index in 0..<limit where combined[index].count > 0 {
            results.append(combined[index].result(startMs: startMs, endMs: endMs, group: UInt32(index)))
            combined[index] = .empty
        }
    }
}
