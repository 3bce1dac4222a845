/// Unit prices in USD (`stream.prices`): the model's copy, so Metrics needs no scenario types.
public struct StreamPrices: Sendable, Equatable {
    /// Per shard per hour open (provisioned mode).
    public var shardHourUSD: Double
    /// Per million PUT payload units (each accepted record rounded up to 25 KB).
    public var putPayloadUnitPerMillionUSD: Double

    /// Defaults are the list prices the scenario format documents.
    public init(shardHourUSD: Double = 0.015, putPayloadUnitPerMillionUSD: Double = 0.014) {
        self.shardHourUSD = shardHourUSD
        self.putPayloadUnitPerMillionUSD = putPayloadUnitPerMillionUSD
    }
}
