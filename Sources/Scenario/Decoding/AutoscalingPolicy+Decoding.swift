import SimKernel
import StreamModel

extension AutoscalingPolicy {
    static let fields = ["metric", "scaleUpAt", "scaleDownAt", "periods", "period", "cooldown", "step"]

    /// Decodes a `stream.autoscaling` policy; unset fields take the documented example's values.
    static func decode(_ field: Field) -> AutoscalingPolicy? {
        guard let reader = ObjectReader(field, allowed: fields) else { return nil }
        var policy = AutoscalingPolicy()
        reader.read("metric", into: &policy.metric) { $0.choice(AutoscalingMetric.self, what: "an autoscaling metric") }
        let upValid = reader.read("scaleUpAt", into: &policy.scaleUpAt) { $0.number(.rate) }
        let downValid = reader.read("scaleDownAt", into: &policy.scaleDownAt) { $0.number(.rate) }
        reader.read("periods", into: &policy.periods) { $0.int(1...100) }
        reader.read("period", into: &policy.period) { $0.duration(.seconds(1) ... .hours(1)) }
        reader.read("cooldown", into: &policy.cooldown) { $0.duration(.zero ... .hours(24)) }
        reader.read("step", into: &policy.step) { $0.choice(ScalingStep.self, what: "a scaling step") }
        if upValid, downValid, policy.scaleDownAt >= policy.scaleUpAt {
            let key = reader.has("scaleDownAt") ? "scaleDownAt" : "scaleUpAt"
            reader.reject(key, "leaves no gap between thresholds (allowed: scaleDownAt < scaleUpAt)")
        }
        return policy
    }
}
