import SimKernel
import StreamModel

extension StreamSpec {
    static let fields = ["shards", "mode", "retention", "throttling", "limits", "visibilityDelay", "autoscaling", "prices"]
    static let maxShards = 10_000
    static let retentionRange = SimDuration.hours(24) ... .hours(8_760)

    /// Decodes `stream`.
    static func decode(_ field: Field) -> StreamSpec? {
        guard let reader = ObjectReader(field, allowed: fields) else { return nil }
        var stream = StreamSpec(shards: onDemandInitialShards)
        reader.read("mode", into: &stream.mode) { $0.choice(StreamMode.self, what: "a stream mode") }
        let shards = stream.mode == .onDemand
            ? reader.member("shards").flatMap { $0.int(1...maxShards) }
            : reader.required("shards") { $0.int(1...maxShards) }
        stream.shards = shards ?? stream.shards
        reader.read("retention", into: &stream.retention) { $0.duration(retentionRange) }
        var throttling = stream.limits.writeThrottling
        reader.read("throttling", into: &throttling) { $0.choice(ThrottlingModel.self, what: "a throttling model") }
        reader.read("limits", into: &stream.limits, StreamLimits.decode)
        stream.limits.writeThrottling = throttling
        reader.read("visibilityDelay", into: &stream.visibilityDelay) { $0.distribution(.zero ... .hours(1)) }
        reader.read("autoscaling", into: &stream.autoscaling, decodeAutoscaling)
        reader.read("prices", into: &stream.prices, PricesSpec.decode)
        stream.rejectUnsupported(reader)
        return stream.mode == .provisioned && shards == nil ? nil : stream
    }

    private func rejectUnsupported(_ reader: ObjectReader) {
        if mode != .provisioned { reader.member("mode")?.unsupported("on-demand streams") }
        if autoscaling != nil { reader.member("autoscaling")?.unsupported("autoscaling") }
    }

    /// `null` (no autoscaling) or a policy.
    private static func decodeAutoscaling(_ field: Field) -> AutoscalingSpec?? {
        if field.value.kind == .null { return .some(nil) }
        guard let policy = AutoscalingSpec.decode(field) else { return nil }
        return policy
    }
}
