import FleetModel

extension OfflineQueueConfig {
    static let fields = ["capacity", "drainRate", "overflow"]

    /// Decodes `fleet.offlineQueue`.
    static func decode(_ field: Field) -> OfflineQueueConfig? {
        guard let reader = ObjectReader(field, allowed: fields) else { return nil }
        var queue = OfflineQueueConfig()
        reader.read("capacity", into: &queue.capacity, decodeCapacity)
        reader.read("drainRate", into: &queue.drainRate) { $0.number(Bounds(lower: 0, upper: 1e6, lowerExclusive: true)) }
        reader.read("overflow", into: &queue.overflow) { $0.choice(OverflowPolicy.self, what: "an overflow policy") }
        return queue
    }

    /// `"unbounded"` (nil) or a number of readings.
    private static func decodeCapacity(_ field: Field) -> Int?? {
        if field.stringValue == "unbounded" { return .some(nil) }
        guard case .number = field.value.kind else {
            return field.reject(#"\#(field.literal) is not a capacity (allowed: "unbounded" or a number of readings)"#)
        }
        guard let readings = field.int(1...1_000_000_000) else { return nil }
        return readings
    }
}
