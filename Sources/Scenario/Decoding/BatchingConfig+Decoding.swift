import FleetModel
import SimKernel

extension BatchingConfig {
    static let fields = ["maxRecords", "maxBytes", "linger"]

    /// Decodes `fleet.batching`.
    static func decode(_ field: Field) -> BatchingConfig? {
        guard let reader = ObjectReader(field, allowed: fields) else { return nil }
        var batching = BatchingConfig()
        reader.read("maxRecords", into: &batching.maxRecords) { $0.int(1...500) }
        reader.read("maxBytes", into: &batching.maxBytes) { $0.size(1...5 * 1_048_576) }
        reader.read("linger", into: &batching.linger) { $0.duration(.zero ... .hours(1)) }
        return batching
    }
}
