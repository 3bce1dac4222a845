extension SLOSpec {
    static let fields = [
        "p99LatencyMs", "p999LatencyMs", "maxWriteThrottleRate", "maxIteratorAgeMs", "maxDropped", "maxLost",
        "minThroughputRecordsPerSecond",
    ]

    /// Decodes `slo`: limits are ≥ 0, rates in [0, 1], record counts whole numbers.
    static func decode(_ field: Field) -> SLOSpec? {
        guard let reader = ObjectReader(field, allowed: fields) else { return nil }
        var slo = SLOSpec()
        let count = { (field: Field) in field.int(0...Int.max).map(Int64.init) }
        reader.read("p99LatencyMs", into: &slo.p99LatencyMs) { $0.number(.nonNegative) }
        reader.read("p999LatencyMs", into: &slo.p999LatencyMs) { $0.number(.nonNegative) }
        reader.read("maxWriteThrottleRate", into: &slo.maxWriteThrottleRate) { $0.number(.rate) }
        reader.read("maxIteratorAgeMs", into: &slo.maxIteratorAgeMs) { $0.number(.nonNegative) }
        reader.read("maxDropped", into: &slo.maxDropped, count)
        reader.read("maxLost", into: &slo.maxLost, count)
        reader.read("minThroughputRecordsPerSecond", into: &slo.minThroughputRecordsPerSecond) { $0.number(.nonNegative) }
        return slo
    }
}
