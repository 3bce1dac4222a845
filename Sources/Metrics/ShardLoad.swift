import SimKernel

/// One shard over the run: write totals, the peak one-second utilization, its lifetime (which
/// its shard-hours come from) and its CloudWatch figures per minute.
///
/// Per-shard series are kept per minute only: per second they would cost 64 bytes per shard per
/// simulated second, the stream-wide per-second series shows bursts, and `peakUtilization` keeps
/// each shard's busiest second.
public struct ShardLoad: Sendable {
    public internal(set) var incomingRecords: UInt64 = 0
    public internal(set) var incomingBytes: UInt64 = 0
    public internal(set) var throttledRecords: UInt64 = 0
    var peak = PeakUtilization()
    /// When the shard opened: zero for the stream's first shards, the reshard time for children.
    public let openedAt: SimTime
    /// When the shard closed (a reshard made it a parent); nil while it is open.
    public internal(set) var closedAt: SimTime?
    /// From the minute the shard opened to the end of the run: a closed shard is still read.
    public internal(set) var minutes: MetricSeries

    public init(openedAt: SimTime) {
        self.openedAt = openedAt
        minutes = MetricSeries(period: .minutes(1), from: openedAt)
    }

    /// One accepted record: totals, the current second's load, the current minute's figures.
    /// - Complexity: O(1), no allocation (the per-record path).
    @inline(__always)
    mutating func accept(bytes: Int64, now: SimTime, limits: (records: Int64, bytes: Int64)) {
        incomingRecords += 1
        incomingBytes += UInt64(bytes)
        peak.accept(bytes: bytes, now: now, limits: limits)
        minutes.record(at: now) { $0.addIncoming(bytes: bytes) }
    }

    /// The busiest calendar second's write load as a fraction of the limit (1.0 = at the limit).
    public var peakUtilization: Double { peak.peak }

    /// How long the shard was open within `[0, until]`, in nanoseconds: what it is billed for.
    public func openNanoseconds(until end: SimTime) -> Int64 {
        let opened = min(openedAt, end)
        let closed = min(closedAt ?? end, end)
        return closed.nanoseconds - opened.nanoseconds
    }
}
