import SimKernel

/// The busiest calendar second of one shard's writes, as a fraction of its write limits.
///
/// Utilization of a second = max(records / record limit, bytes / byte limit). Seconds are
/// aligned calendar seconds (`[n s, (n + 1) s)`), not sliding ones: the figure CloudWatch hides
/// by averaging over a minute (W4), and one an alarm on the per-second series would see.
struct PeakUtilization: Sendable {
    private(set) var peak = 0.0
    private var secondEndNs: Int64 = 0
    private var secondRecords: Int64 = 0
    private var secondBytes: Int64 = 0

    /// Counts one accepted record in the second containing `now`.
    /// - Complexity: O(1); a division only when a new second begins.
    @inline(__always)
    mutating func accept(bytes: Int64, now: SimTime, limits: (records: Int64, bytes: Int64)) {
        if now.nanoseconds >= secondEndNs {
            closeSecond(limits: limits)
            secondEndNs = (now.nanoseconds / 1_000_000_000 + 1) * 1_000_000_000
        }
        secondRecords += 1
        secondBytes += bytes
    }

    /// Folds the open second into the peak (at a new second, and at the end of the run).
    mutating func closeSecond(limits: (records: Int64, bytes: Int64)) {
        let utilization = max(Double(secondRecords) / Double(limits.records), Double(secondBytes) / Double(limits.bytes))
        peak = max(peak, utilization)
        secondRecords = 0
        secondBytes = 0
    }
}
