/// Unit prices in USD for cost estimates (`stream.prices`); defaults are current list prices.
public struct PricesSpec: Equatable, Sendable {
    public var shardHour: Double
    /// Per million PUT payload units (each record rounded up to 25 KB).
    public var putPayloadUnitPerMillion: Double

    public init(shardHour: Double = 0.015, putPayloadUnitPerMillion: Double = 0.014) {
        self.shardHour = shardHour
        self.putPayloadUnitPerMillion = putPayloadUnitPerMillion
    }
}
