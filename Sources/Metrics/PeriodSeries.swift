import SimKernel

/// A point of a `PeriodSeries`: the figures of one period, empty at first, merged into coarser
/// periods (counts add up, maxima keep the larger).
public protocol PeriodPoint: Sendable, Equatable {
    init()
    mutating func merge(_ other: Self)
    /// The point the next period opens with: empty, except for gauges (a level that holds until
    /// it changes), which carry the level this period ended at, so that a period with no
    /// change shows the level rather than zero.
    func carried() -> Self
}

extension PeriodPoint {
    /// No gauges: the next period opens empty.
    public func carried() -> Self { Self() }
}

/// The stream's or a shard's CloudWatch figures by period.
public typealias MetricSeries = PeriodSeries<SeriesPoint>

/// One scope's figures at a fixed period (a second or a minute) of simulated time, from the
/// period the scope opened in to the end of the run.
///
/// Dense and zero-filled: `points[i]` covers `[(firstPeriod + i) · period, (firstPeriod + i + 1) · period)`.
/// Observations arrive in time order (the event queue guarantees it) and go to the open point;
/// a later period closes it. The per-observation path is a comparison with the open period's
/// end: no division and no allocation, and the buffer grows at most once per period.
public struct PeriodSeries<Point: PeriodPoint>: Sendable {
    public let periodNs: Int64
    /// The index of the period `points[0]` covers (the start time divided by the period).
    public let firstPeriod: Int64
    /// The closed periods; complete once `finish(at:)` has run.
    public private(set) var points: ContiguousArray<Point> = []
    /// The period that observations go to, index `firstPeriod + points.count`.
    var open = Point()
    var openEndNs: Int64

    /// An empty series whose first period contains `start`.
    public init(period: SimDuration, from start: SimTime) {
        modelPrecondition(period.nanoseconds > 0, "a series needs a positive period, got \(period)")
        periodNs = period.nanoseconds
        firstPeriod = start.nanoseconds / periodNs
        openEndNs = (firstPeriod + 1) * periodNs
    }

    /// The start of `points[index]`'s period, in whole seconds of simulated time.
    public func startSeconds(ofPoint index: Int) -> Int64 {
        (firstPeriod + Int64(index)) * periodNs / 1_000_000_000
    }

    /// Applies `update` to the period containing `now`.
    /// - Complexity: O(1), amortised over the periods passed.
    @inline(__always)
    mutating func record(at now: SimTime, _ update: (inout Point) -> Void) {
        if now.nanoseconds >= openEndNs { advance(to: now) }
        update(&open)
    }

    /// Closes the open period and every empty one up to the period containing `now`.
    mutating func advance(to now: SimTime) {
        let period = now.nanoseconds / periodNs
        modelPrecondition(period >= firstPeriod + Int64(points.count),
                     "series observation at \(now) before its open period (time went backwards)")
        points.append(open)
        open = open.carried()
        pad(with: open, upTo: period)
        openEndNs = (period + 1) * periodNs
    }

    /// Closes the series at the run's `end`: every period that began before `end` has a point,
    /// and so does the instant `end` itself when something happened exactly then. Idempotent.
    mutating func finish(at end: SimTime) {
        let periodsBeforeEnd = (end.nanoseconds + periodNs - 1) / periodNs
        let openPeriod = firstPeriod + Int64(points.count)
        guard openPeriod < periodsBeforeEnd || open != Point() else { return }
        points.append(open)
        let carried = open.carried()
        open = Point()
        pad(with: carried, upTo: periodsBeforeEnd)
        openEndNs = Int64.max
    }

    /// Appends `point` (empty but for carried gauges) until `points` reaches period `period` (exclusive).
    private mutating func pad(with point: Point, upTo period: Int64) {
        let count = Int(max(0, period - firstPeriod))
        if points.count < count {
            points.append(contentsOf: repeatElement(point, count: count - points.count))
        }
    }

    /// This series summed over groups of `factor` periods (seconds into minutes): counts add up,
    /// iterator ages keep their maximum. Both series start at the same instant.
    /// - Precondition: the series is finished and starts on a multiple of the new period.
    func coarsened(by factor: Int) -> PeriodSeries {
        let coarsePeriodNs = periodNs * Int64(factor)
        let start = SimTime(nanoseconds: firstPeriod * periodNs)
        modelPrecondition(start.nanoseconds % coarsePeriodNs == 0, "a coarser series must start on its own period boundary")
        var coarse = PeriodSeries(period: .nanoseconds(coarsePeriodNs), from: start)
        for (index, point) in points.enumerated() {
            coarse.record(at: SimTime(nanoseconds: (firstPeriod + Int64(index)) * periodNs)) { $0.merge(point) }
        }
        coarse.finish(at: SimTime(nanoseconds: (firstPeriod + Int64(points.count)) * periodNs))
        return coarse
    }
}
