import Histogram
import SimKernel

/// End-to-end latencies of one consumer, in microseconds, in an HDR histogram (3 significant
/// digits, up to 30 days), so percentiles are exact to 0.1% with fixed memory.
public struct LatencyHistogram: Sendable {
    /// 30 days, in microseconds: longer latencies count as this.
    static let highestMicroseconds: UInt64 = 30 * 86_400 * 1_000_000
    var histogram = Histogram<UInt64>(highestTrackableValue: highestMicroseconds, numberOfSignificantValueDigits: .three)

    public init() {}

    public mutating func record(_ latency: SimDuration) {
        recordMicroseconds(Self.microseconds(latency))
    }

    static func microseconds(_ latency: SimDuration) -> UInt64 {
        UInt64(max(0, latency.nanoseconds) / 1_000)
    }

    mutating func recordMicroseconds(_ value: UInt64) {
        _ = histogram.record(min(value, Self.highestMicroseconds))
    }

    public var count: UInt64 { histogram.totalCount }

    /// The latency at `percentile` (0–100) in milliseconds; 0 when empty.
    public func milliseconds(atPercentile percentile: Double) -> Double {
        count == 0 ? 0 : Double(histogram.valueAtPercentile(percentile)) / 1_000
    }

    /// The mean latency in milliseconds (each value at its bucket's midpoint, so within 0.05%);
    /// 0 when empty. AWS quotes its latency figures as averages (L1–L4).
    public var meanMilliseconds: Double { histogram.mean / 1_000 }

    /// The non-empty buckets in ascending order: each bucket's highest equivalent value in
    /// microseconds and its count, from which percentiles can be recomputed and runs merged.
    public var buckets: [(valueUs: UInt64, count: UInt64)] {
        histogram.recordedValues().map { ($0.value, UInt64($0.count)) }
    }

    /// The largest latency recorded, in milliseconds (to the histogram's precision).
    public var maxMilliseconds: Double { count == 0 ? 0 : Double(histogram.max) / 1_000 }
}
