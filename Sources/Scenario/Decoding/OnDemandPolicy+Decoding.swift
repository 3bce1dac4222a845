import SimKernel
import StreamModel

extension OnDemandPolicy {
    static let fields = ["splitDelay"]

    /// Decodes `stream.onDemand`; `splitDelay` defaults to AWS's "within 15 minutes" (C4).
    static func decode(_ field: Field) -> OnDemandPolicy? {
        guard let reader = ObjectReader(field, allowed: fields) else { return nil }
        var policy = OnDemandPolicy()
        reader.read("splitDelay", into: &policy.splitDelay) { $0.duration(.seconds(1) ... .hours(24)) }
        return policy
    }
}
