import Histogram
import SimKernel

/// One consumer's figures per second of simulated time, with each second's end-to-end latency
/// percentiles: the series a latency spike shows up in, and goes away from.
///
/// A latency counts in the second the world handed the record to the consumer (its processing
/// times run ahead of the world's clock and are not in time order across shards; the hand-overs
/// are). The open second's latencies go into one histogram of two significant digits (within
/// 1 %), read into the second's point when the second closes and then reset: fixed memory per
/// consumer, and per record one histogram update beside the whole-run one.
public struct ConsumerSeconds: Sendable {
    public private(set) var series = PeriodSeries<ConsumerPoint>(period: .seconds(1), from: .zero)
    var openLatencies = Histogram<UInt64>(highestTrackableValue: LatencyHistogram.highestMicroseconds,
                                          numberOfSignificantValueDigits: .two)

    public init() {}

    public var points: ContiguousArray<ConsumerPoint> { series.points }

    public func startSeconds(ofPoint index: Int) -> Int64 { series.startSeconds(ofPoint: index) }

    /// Applies `update` to the second containing `now`, closing the seconds before it.
    @inline(__always)
    mutating func record(at now: SimTime, _ update: (inout ConsumerPoint) -> Void) {
        if now.nanoseconds >= series.openEndNs { closeLatencies() }
        series.record(at: now, update)
    }

    /// One record handed over at `now`, `microseconds` after it was emitted.
    @inline(__always)
    mutating func recordLatency(microseconds: UInt64, at now: SimTime) {
        record(at: now) { _ in }
        _ = openLatencies.record(min(microseconds, LatencyHistogram.highestMicroseconds))
    }

    /// Closes the series at the run's end (see `PeriodSeries.finish`).
    mutating func finish(at end: SimTime) {
        closeLatencies()
        series.finish(at: end)
    }

    /// The open second's percentiles into its point; the histogram starts over.
    mutating func closeLatencies() {
        guard openLatencies.totalCount > 0 else { return }
        series.open.latencyRecords = Int64(openLatencies.totalCount)
        series.open.latencyP50Us = Int64(openLatencies.valueAtPercentile(50))
        series.open.latencyP99Us = Int64(openLatencies.valueAtPercentile(99))
        series.open.latencyMaxUs = Int64(openLatencies.max)
        openLatencies.reset()
    }
}
