import SimKernel

/// Keeps a drifting quantity inside its bounds by reflecting it at the edges, as a ball bounces
/// off walls: unlike clamping, values do not pile up on the bounds.
struct Reflection {
    /// The reflected value, and whether an odd number of bounces reversed its direction
    /// (a GPS tracker turns around when it hits the edge of its box).
    var value: Double
    var reversed: Bool

    /// Reflects `value` into `bounds`, folding as often as needed for any overshoot.
    /// - Precondition: `value` is finite.
    init(_ value: Double, into bounds: ClosedRange<Double>) {
        modelPrecondition(value.isFinite, "cannot reflect \(value) into \(bounds)")
        if bounds.contains(value) {
            // The usual case: no bounce, and no costly remainder.
            self.value = value
            reversed = false
            return
        }
        let span = bounds.upperBound - bounds.lowerBound
        guard span > 0 else {
            self.value = bounds.lowerBound
            reversed = false
            return
        }
        // Positions repeat every two spans: one pass forwards, one mirrored.
        let offset = (value - bounds.lowerBound).truncatingRemainder(dividingBy: 2 * span).magnitude
        let passes = ((value - bounds.lowerBound) / span).rounded(.down)
        self.value = bounds.lowerBound + (offset > span ? 2 * span - offset : offset)
        reversed = passes.truncatingRemainder(dividingBy: 2) != 0
    }
}

extension ClosedRange<Double> {
    /// `value` reflected into the range.
    func reflecting(_ value: Double) -> Double { Reflection(value, into: self).value }
}
