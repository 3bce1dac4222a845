import SimKernel
import Telemetry

extension FaultSpec {
    /// The fields each fault type takes besides `at` and `type`.
    static let fieldsByType: [FaultType: [String]] = [
        .gatewayOffline: ["gateways", "duration"],
        .latencySpike: ["gateways", "duration", "uplinkLatency"],
        .consumerCrash: ["consumer", "worker", "duration"],
        .splitShard: ["shard"],
        .mergeShards: ["shards"],
        .updateShardCount: ["target"],
        .internalFailure: ["rate", "duration"],
        .trafficBurst: ["multiplier", "duration", "kinds"],
    ]
    static let allFields = ["at", "type", "gateways", "duration", "uplinkLatency", "consumer", "worker", "shard", "shards",
                            "target", "rate", "multiplier", "kinds"]

    /// Decodes `faults`: every entry is validated in full.
    static func decodeList(_ field: Field, context: FaultContext) -> [FaultSpec]? {
        guard let elements = field.array(of: "faults", count: 0...1_000) else { return nil }
        let faults = elements.compactMap { decode($0, context: context) }
        return faults.count == elements.count ? faults : nil
    }

    /// Decodes one fault entry; nil when its type is missing or unknown.
    static func decode(_ field: Field, context: FaultContext) -> FaultSpec? {
        let type = field.lookup("type")?.stringValue.flatMap(FaultType.init(rawValue:))
        let unknownFieldContext = type.map { " for \($0.rawValue) faults" } ?? ""
        let allowed = type.map { ["at", "type"] + fieldsByType[$0, default: []] } ?? allFields
        guard let reader = ObjectReader(field, allowed: allowed, context: unknownFieldContext) else { return nil }
        let checkedType = reader.required("type") { $0.choice(FaultType.self, what: "a fault type") }
        let at = reader.required("at") { $0.duration(.zero ... (context.duration ?? ScenarioSpec.maxDuration)) }
        guard let checkedType else { return nil }
        let action = FaultAction.decode(checkedType, reader, context: context)
        guard let at, let action else { return nil }
        return FaultSpec(at: at, action: action)
    }
}
