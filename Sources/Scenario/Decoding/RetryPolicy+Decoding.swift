import FleetModel
import SimKernel

extension RetryPolicy {
    static let fields = ["maxAttempts", "baseDelay", "maxDelay", "jitter", "timeout"]

    /// Decodes `fleet.retry`.
    static func decode(_ field: Field) -> RetryPolicy? {
        guard let reader = ObjectReader(field, allowed: fields) else { return nil }
        var retry = RetryPolicy()
        reader.read("maxAttempts", into: &retry.maxAttempts) { $0.int(1...100) }
        let baseValid = reader.read("baseDelay", into: &retry.baseDelay) { $0.duration(.milliseconds(1) ... .hours(1)) }
        let maxValid = reader.read("maxDelay", into: &retry.maxDelay) { $0.duration(.milliseconds(1) ... .hours(24)) }
        reader.read("jitter", into: &retry.jitter) { $0.choice(RetryJitter.self, what: "a retry jitter") }
        reader.read("timeout", into: &retry.timeout) { field -> SimDuration?? in
            field.value.kind == .null ? .some(nil) : field.duration(.milliseconds(1) ... .minutes(10)).map { Optional($0) }
        }
        if baseValid, maxValid, retry.baseDelay > retry.maxDelay {
            let key = reader.has("maxDelay") ? "maxDelay" : "baseDelay"
            reader.reject(key, "makes baseDelay \(retry.baseDelay) exceed maxDelay \(retry.maxDelay) (allowed: baseDelay ≤ maxDelay)")
        }
        return retry
    }
}
