import SimKernel
import StreamModel

/// What the stream cost over the billed period, and that rate over a 730-hour month.
///
///     run_usd     = shard_hours × shardHour + put_payload_units / 10^6 × putPayloadUnitPerMillion
///     monthly_usd = run_usd × 730 h / billed period
///
/// The billed period is the emission period `[0, duration]`, without the drain: the drain only
/// lets consumers finish, so its shard-hours with no writes would dilute the per-hour rate of a
/// stream that in production receives traffic all month. Shard-hours count each shard from the
/// time it opened to the time it closed (a resharded parent stops costing), clipped to the
/// billed period; payload units count every accepted record, including retries landing in the drain.
/// Enhanced fan-out (consumer-shard-hours, per GB pushed) and extended retention are not priced.
public struct CostEstimate: Sendable, Equatable {
    static let nanosecondsPerHour: Int128 = 3_600_000_000_000

    public let shardHours: Double
    public let putPayloadUnits: UInt64
    public let runUSD: Double
    public let monthlyUSD: Double

    public init(openShardNanoseconds: Int128, putPayloadUnits: UInt64, billed: SimDuration, prices: StreamPrices) {
        modelPrecondition(openShardNanoseconds >= 0, "negative shard time: \(openShardNanoseconds) shard-ns over \(billed)")
        let wholeHours = openShardNanoseconds / Self.nanosecondsPerHour
        let remainder = openShardNanoseconds % Self.nanosecondsPerHour
        shardHours = Double(wholeHours) + Double(remainder) / Double(Self.nanosecondsPerHour)
        self.putPayloadUnits = putPayloadUnits
        runUSD = shardHours * prices.shardHourUSD + Double(putPayloadUnits) / 1_000_000 * prices.putPayloadUnitPerMillionUSD
        monthlyUSD = BilledPeriod(billed).monthly(runUSD)
    }
}
