import SimKernel

/// The allowed range of a real-valued field, and how to say it in a message.
struct Bounds {
    var lower: Double
    var upper: Double
    /// Whether `lower` itself is excluded (`> 0` rather than `≥ 0`).
    var lowerExclusive = false

    static let rate = Bounds(lower: 0, upper: 1)
    static let nonNegative = Bounds(lower: 0, upper: .greatestFiniteMagnitude)
    static let positive = Bounds(lower: 0, upper: .greatestFiniteMagnitude, lowerExclusive: true)
    static let finite = Bounds(lower: -.greatestFiniteMagnitude, upper: .greatestFiniteMagnitude)

    func contains(_ value: Double) -> Bool {
        (lowerExclusive ? value > lower : value >= lower) && value <= upper
    }

    /// `0 to 1`, `at least 0`, `greater than 0 and at most 10`, `any finite number`.
    var description: String {
        let unbounded = Double.greatestFiniteMagnitude
        switch (lower == -unbounded, upper == unbounded, lowerExclusive) {
        case (true, true, _): return "any finite number"
        case (false, true, false): return "at least \(lower.plainText)"
        case (false, true, true): return "greater than \(lower.plainText)"
        case (false, false, true): return "greater than \(lower.plainText) and at most \(upper.plainText)"
        default: return "\(lower.plainText) to \(upper.plainText)"
        }
    }

    /// `1 to 500`, `1`, or `at least 0`.
    static func describe(_ range: ClosedRange<Int>) -> String {
        if range.upperBound == Int.max { return "at least \(range.lowerBound)" }
        return range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
    }
}
