import SimKernel

extension Field {
    /// A duration string within `allowed`.
    func duration(_ allowed: ClosedRange<SimDuration>) -> SimDuration? {
        switch stringValue.map(DurationFormat.read) {
        case .duration(let duration)? where allowed.contains(duration): return duration
        case .duration?, .tooLarge?: return reject("\(literal) is out of range (allowed: \(allowed.lowerBound) to \(allowed.upperBound))")
        case .malformed?, nil: return reject("\(literal) is not a duration (\(DurationFormat.examples))")
        }
    }

    /// A size (string with a unit, or a plain integer of bytes) within `allowed`.
    func size(_ allowed: ClosedRange<Int64>) -> Int64? {
        let bytes: Int64?
        switch value.kind {
        case .string(let text): bytes = SizeFormat.parse(text)
        case .number(let text): bytes = Self.isIntegerLiteral(text) ? Int64(text) : nil
        default: bytes = nil
        }
        guard let bytes else { return reject("\(literal) is not a size (\(SizeFormat.examples))") }
        guard allowed.contains(bytes) else {
            let range = "\(SizeFormat.describe(allowed.lowerBound)) to \(SizeFormat.describe(allowed.upperBound))"
            return reject("\(literal) is out of range (allowed: \(range))")
        }
        return bytes
    }
}
