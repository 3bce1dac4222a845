import FleetModel
import SimKernel
import Telemetry

extension DeviceGroupConfig {
    static let fields = ["kind", "count", "interval", "jitter", "anomalyRate", "params", "putMode"]

    /// Device kinds by scenario name.
    static let kinds = DeviceKind.allCases.map { ($0.description, $0) }

    /// Decodes one `fleet.devices[]` entry; nil when it has no valid kind or count.
    static func decode(_ field: Field) -> DeviceGroupConfig? {
        guard let reader = ObjectReader(field, allowed: fields) else { return nil }
        let kind = reader.required("kind") { $0.choice(kinds, what: "a device kind") }
        let count = reader.required("count") { $0.int(1...FleetSpec.maxDevices) }
        var group = DeviceGroupConfig(kind: kind ?? .temperature, count: count ?? 1)
        let intervalValid = reader.read("interval", into: &group.interval) { $0.duration(.milliseconds(1) ... .hours(24)) }
        let jitterValid = reader.read("jitter", into: &group.jitter) { $0.duration(.zero ... .hours(24)) }
        reader.read("anomalyRate", into: &group.anomalyRate) { $0.number(.rate) }
        reader.read("putMode", into: &group.putMode) { field -> PutMode?? in
            field.choice(PutMode.self, what: "a put mode").map { Optional($0) }
        }
        if let kind, let params = reader.member("params") {
            group.params = DeviceParams.decode(params, kind: kind) ?? group.params
        }
        if intervalValid, jitterValid, group.jitter >= group.interval {
            reader.reject("jitter", "is not less than the interval \(group.interval) (allowed: 0 ≤ jitter < interval)")
        }
        return kind == nil || count == nil ? nil : group
    }
}
