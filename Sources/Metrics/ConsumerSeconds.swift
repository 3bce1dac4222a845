import SimKernel

/// One consumer's figures per second of simulated time, with each second's end-to-end latency
/// percentiles: the series a latency spike shows up in, and goes away from.
///
/// A latency counts in the second the world handed the record to the consumer (its processing
/// times run ahead of the world's clock and are not in time order across shards; the hand-overs
/// are). The open second's latencies are kept whole in one reused buffer, and when the second
/// closes its two ranks are selected (`Selection`, linear time), so its percentiles are exact
/// (nearest rank, as the whole-run histogram reads them) and an idle second costs nothing.
/// Memory: the buffer holds the busiest second's records (8 bytes each), whatever the run's length.
public struct ConsumerSeconds: Sendable {
    public private(set) var series = PeriodSeries<ConsumerPoint>(period: .seconds(1), from: .zero)
    var openLatencies: [UInt64] = []
    var openMax: UInt64 = 0

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
        if now.nanoseconds >= series.openEndNs {
            closeLatencies()
            series.record(at: now) { _ in }
        }
        openLatencies.append(microseconds)
        openMax = max(openMax, microseconds)
    }

    /// Closes the series at the run's end (see `PeriodSeries.finish`).
    mutating func finish(at end: SimTime) {
        closeLatencies()
        series.finish(at: end)
    }

    /// The open second's percentiles into its point; the buffer starts over.
    mutating func closeLatencies() {
        guard !openLatencies.isEmpty else { return }
        let count = openLatencies.count
        let (rank50, rank99) = (Self.rankIndex(percentile: 50, count: count), Self.rankIndex(percentile: 99, count: count))
        openLatencies.withUnsafeMutableBufferPointer { values in
            Selection.select(rank99, in: values)
            // Everything before rank 99 is no larger than it: the median is among them.
            if rank50 < rank99 { Selection.select(rank50, in: UnsafeMutableBufferPointer(rebasing: values[..<rank99])) }
        }
        series.open.latencyRecords = Int64(count)
        series.open.latencyP50Us = Int64(openLatencies[rank50])
        series.open.latencyP99Us = Int64(openLatencies[rank99])
        series.open.latencyMaxUs = Int64(openMax)
        openLatencies.removeAll(keepingCapacity: true)
        openMax = 0
    }

    /// Nearest rank: the smallest value with at least `percentile` % of the values at or below it.
    static func rankIndex(percentile: Int, count: Int) -> Int {
        max(0, (percentile * count + 99) / 100 - 1)
    }
}
