extension PricesSpec {
    static let fields = ["shardHour", "putPayloadUnitPerMillion"]

    /// Decodes `stream.prices` (USD).
    static func decode(_ field: Field) -> PricesSpec? {
        guard let reader = ObjectReader(field, allowed: fields) else { return nil }
        var prices = PricesSpec()
        reader.read("shardHour", into: &prices.shardHour) { $0.number(.nonNegative) }
        reader.read("putPayloadUnitPerMillion", into: &prices.putPayloadUnitPerMillion) { $0.number(.nonNegative) }
        return prices
    }
}
