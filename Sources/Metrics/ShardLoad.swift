import SimKernel

/// Write load of one shard: totals, and the peak of any one-second utilization.
///
/// Utilization of a calendar second = max(records / record limit, bytes / byte limit): the
/// figure CloudWatch hides by averaging over a minute (W4).
public struct ShardLoad: Sendable {
    public internal(set) var incomingRecords: UInt64 = 0
    public internal(set) var incomingBytes: UInt64 = 0
    public internal(set) var throttledRecords: UInt64 = 0
    public internal(set) var peakUtilization = 0.0
    var second: Int64 = -1
    var secondRecords: Int64 = 0
    var secondBytes: Int64 = 0

    public init() {}

    mutating func accept(bytes: Int64, now: SimTime, limits: (records: Int64, bytes: Int64)) {
        let current = now.nanoseconds / 1_000_000_000
        if current != second {
            closeSecond(limits: limits)
            second = current
        }
        secondRecords += 1
        secondBytes += bytes
        incomingRecords += 1
        incomingBytes += UInt64(bytes)
    }

    mutating func closeSecond(limits: (records: Int64, bytes: Int64)) {
        let utilization = max(Double(secondRecords) / Double(limits.records), Double(secondBytes) / Double(limits.bytes))
        peakUtilization = max(peakUtilization, utilization)
        secondRecords = 0
        secondBytes = 0
    }
}
