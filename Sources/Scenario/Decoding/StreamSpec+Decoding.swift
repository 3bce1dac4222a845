import SimKernel
import StreamModel

extension StreamSpec {
    static let fields = ["shards", "mode", "retention", "throttling", "limits", "visibilityDelay", "autoscaling", "onDemand",
                         "prices"]
    static let maxShards = 10_000
    static let retentionRange = SimDuration.hours(24) ... .hours(8_760)

    /// Decodes `stream`.
    static func decode(_ field: Field) -> StreamSpec? {
        guard let reader = ObjectReader(field, allowed: fields) else { return nil }
        var stream = StreamSpec(shards: onDemandInitialShards)
        let modeValid = reader.read("mode", into: &stream.mode) { $0.choice(StreamMode.self, what: "a stream mode") }
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
        reader.read("onDemand", into: &stream.onDemand, OnDemandPolicy.decode)
        reader.read("prices", into: &stream.prices, StreamPrices.decode)
        if modeValid { stream.rejectCapacityMismatch(reader) }
        return stream.mode == .provisioned && shards == nil ? nil : stream
    }

    /// Autoscaling calls UpdateShardCount, which on-demand streams refuse (RS9); `onDemand`
    /// settings mean nothing to a provisioned stream.
    private func rejectCapacityMismatch(_ reader: ObjectReader) {
        if mode == .onDemand && autoscaling != nil {
            reader.log("autoscaling", "not allowed with mode \"on-demand\": autoscaling calls UpdateShardCount, which "
                + "only provisioned streams support; on-demand streams split shards themselves (see stream.onDemand)")
        }
        if mode == .provisioned && reader.has("onDemand") {
            reader.log("onDemand", "only allowed with mode \"on-demand\" (this stream is provisioned)")
        }
    }

    /// `null` (no autoscaling) or a policy.
    private static func decodeAutoscaling(_ field: Field) -> AutoscalingPolicy?? {
        if field.value.kind == .null { return .some(nil) }
        guard let policy = AutoscalingPolicy.decode(field) else { return nil }
        return policy
    }
}
