import FleetModel
import SimKernel

extension KPLConfig {
    static let fields = [
        "recordMaxBufferedTime", "aggregationEnabled", "aggregationMaxCount", "aggregationMaxSize",
        "collectionMaxCount", "collectionMaxSize", "recordTtl",
    ]

    /// Decodes `fleet.kpl` (the KPL's own ranges; a collection no larger than PutRecords allows).
    static func decode(_ field: Field) -> KPLConfig? {
        guard let reader = ObjectReader(field, allowed: fields) else { return nil }
        var kpl = KPLConfig()
        reader.read("recordMaxBufferedTime", into: &kpl.recordMaxBufferedTime) { $0.duration(.milliseconds(1) ... .minutes(10)) }
        reader.read("aggregationEnabled", into: &kpl.aggregationEnabled) { $0.bool() }
        reader.read("aggregationMaxCount", into: &kpl.aggregationMaxCount) { $0.int(1...4_294_967_295) }
        reader.read("aggregationMaxSize", into: &kpl.aggregationMaxSize) { $0.size(64 ... 1_048_576) }
        reader.read("collectionMaxCount", into: &kpl.collectionMaxCount) { $0.int(1...500) }
        reader.read("collectionMaxSize", into: &kpl.collectionMaxSize) { $0.size(52_224 ... 5_242_880) }
        reader.read("recordTtl", into: &kpl.recordTtl) { $0.duration(.milliseconds(100) ... .hours(24)) }
        return kpl
    }
}
