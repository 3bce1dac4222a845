import SimKernel

/// One consumer's figures per second of simulated time, with each second's end-to-end latency
/// percentiles: the series a latency spike shows up in, and goes away from.
///
/// A latency counts in the second the world handed the record to the consumer (its processing
/// times run ahead of the world's clock and are not in time order across shards; the hand-overs
/// are). The open second's latencies are kept whole in one reused buffer and sorted when the
/// second closes, so its percentiles are exact (nearest rank, as the whole-run histogram reads
/// them) and an idle second costs nothing. Memory: the buffer holds the busiest second's
/// records (8 bytes each), whatever the run's length.
public struct ConsumerSeconds: Sendable {
    public private(set) var series = PeriodSeries<ConsumerPoint>(period: .seconds(1), from: .zero)
    var openLatencies: [UInt64] = []

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
    }

    /// Closes the series at the run's end (see `PeriodSeries.finish`).
    mutating func finish(at end: SimTime) {
        closeLatencies()
        series.finish(at: end)
    }

    /// The open second's percentiles into its point; the buffer starts over.
    mutating func closeLatencies() {
        guard !openLatencies.isEmpty else { return }
        openLatencies.sort()
        series.open.latencyRecords = Int64(openLatencies.count)
        series.open.latencyP50Us = Int64(openLatencies[Self.rankIndex(percentile: 50, count: openLatencies.count)])
        series.open.latencyP99Us = Int64(openLatencies[Self.rankIndex(percentile: 99, count: openLatencies.count)])
        series.open.latencyMaxUs = Int64(openLatencies[openLatencies.count - 1])
        openLatencies.removeAll(keepingCapacity: true)
    }

    /// Nearest rank: the smallest value with at least `percentile` % of the values at or below it.
    static func rankIndex(percentile: Int, count: Int) -> Int {
        max(0, (percentile * count + 99) / 100 - 1)
    }
}
