import SimKernel

extension CheckpointSpec {
    static let fields = ["every", "interval"]

    /// Decodes `consumers[].checkpoint`.
    static func decode(_ field: Field) -> CheckpointSpec? {
        guard let reader = ObjectReader(field, allowed: fields) else { return nil }
        var checkpoint = CheckpointSpec()
        reader.read("every", into: &checkpoint.every) { $0.int(1...1_000_000) }
        reader.read("interval", into: &checkpoint.interval) { $0.duration(.milliseconds(1) ... .hours(24)) }
        return checkpoint
    }
}
