import StreamModel

extension StreamPrices {
    /// The fields of `stream.prices` (USD) and the price each sets; a missing one keeps its
    /// default from `StreamPrices.init`.
    static let fields: [(name: String, price: WritableKeyPath<StreamPrices, Double> & Sendable)] = [
        ("shardHour", \.shardHourUSD),
        ("putPayloadUnitPerMillion", \.putPayloadUnitPerMillionUSD),
        ("onDemandStreamHour", \.onDemandStreamHourUSD),
        ("onDemandWrittenGB", \.onDemandWrittenGBUSD),
        ("onDemandReadGB", \.onDemandReadGBUSD),
        ("onDemandFanOutReadGB", \.onDemandFanOutReadGBUSD),
    ]

    /// Decodes `stream.prices`: every price a non-negative number.
    static func decode(_ field: Field) -> StreamPrices? {
        guard let reader = ObjectReader(field, allowed: fields.map(\.name)) else { return nil }
        var prices = StreamPrices()
        for (name, price) in fields {
            reader.read(name, into: &prices[keyPath: price]) { $0.number(.nonNegative) }
        }
        return prices
    }
}
