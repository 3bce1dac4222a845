import SimKernel
import StreamModel

/// What the run's traffic would cost on an on-demand (Standard) stream over the billed period,
/// and that rate over a 730-hour month: the figure to hold the provisioned `CostEstimate` against.
///
///     written_gb      = Σ accepted records ⌈bytes / 1,024⌉ × 1,024 / 2^30
///     read_gb         = bytes returned by GetRecords / 2^30            (polling consumers)
///     fan_out_read_gb = bytes pushed to enhanced fan-out consumers / 2^30
///     run_usd         = billed hours × onDemandStreamHour + written_gb × onDemandWrittenGB
///                       + read_gb × onDemandReadGB + fan_out_read_gb × onDemandFanOutReadGB
///     monthly_usd     = run_usd × 730 h / billed hours
///
/// Units: AWS rounds each record written up to "the nearest 1 KB (1,024 bytes)"
/// (https://aws.amazon.com/kinesis/data-streams/pricing/), the KiB the sizing formula rounds
/// to, so a GB here is 2^30 bytes, in the same binary units. Reads are billed as returned, not
/// rounded per record: the page states the rounding for data in only.
///
/// The billed period is the emission period, as for `CostEstimate`, and the traffic is the whole
/// run's, drain included: records retried into the drain are written then, and consumers read
/// then what they had not caught up with. One stream is billed by the hour; there are no shard
/// or consumer-shard hours in on-demand mode. Extended retention is not priced.
public struct OnDemandCost: Sendable, Equatable {
    public static let bytesPerGB = 1_073_741_824.0

    public let streamHours: Double
    public let writtenGB: Double
    public let readGB: Double
    public let fanOutReadGB: Double
    public let runUSD: Double
    public let monthlyUSD: Double

    /// - Parameters:
    ///   - writtenKiB: accepted records, each rounded up to 1 KiB (`RunMetrics.onDemandWrittenKiB`).
    ///   - readBytes: bytes GetRecords returned to polling consumers.
    ///   - fanOutReadBytes: bytes pushed to enhanced fan-out consumers.
    public init(writtenKiB: UInt64, readBytes: UInt64, fanOutReadBytes: UInt64, billed: SimDuration, prices: StreamPrices) {
        let period = BilledPeriod(billed)
        streamHours = period.hours
        writtenGB = Double(writtenKiB) * 1_024 / Self.bytesPerGB
        readGB = Double(readBytes) / Self.bytesPerGB
        fanOutReadGB = Double(fanOutReadBytes) / Self.bytesPerGB
        runUSD = streamHours * prices.onDemandStreamHourUSD + writtenGB * prices.onDemandWrittenGBUSD
            + readGB * prices.onDemandReadGBUSD + fanOutReadGB * prices.onDemandFanOutReadGBUSD
        monthlyUSD = period.monthly(runUSD)
    }
}

extension RunMetrics {
    /// The whole run's traffic priced as an on-demand stream billed over `[0, emissionEnd]`.
    public func onDemandCost(prices: StreamPrices, emissionEnd: SimTime) -> OnDemandCost {
        OnDemandCost(writtenKiB: onDemandWrittenKiB, readBytes: consumers.reduce(0) { $0 + $1.getRecordsBytes },
                     fanOutReadBytes: consumers.reduce(0) { $0 + $1.pushedBytes }, billed: emissionEnd - .zero, prices: prices)
    }
}
