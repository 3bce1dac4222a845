import Foundation

/// One axis of a chart: what it measures (with its unit), how values map onto it, and where its
/// ticks go. Charts place every value through `fraction(of:)`, so a log axis or the percentile
/// "tail" axis is the same chart code with another mapping.
struct ChartAxis: Sendable {
    enum Scale: Sendable {
        case linear
        /// Decades: equal distance for 1, 10, 100. Values at or below zero sit on the axis.
        case log10
    }

    struct Tick: Sendable {
        var value: Double
        var label: String
    }

    var label: String
    var scale: Scale
    var lower: Double
    var upper: Double
    var ticks: [Tick]

    /// Where `value` falls between the axis ends, 0...1 (clamped: a value outside is drawn at the edge).
    func fraction(of value: Double) -> Double {
        let (low, high, at) = scale == .log10
            ? (Foundation.log10(lower), Foundation.log10(upper), Foundation.log10(max(value, lower)))
            : (lower, upper, value)
        guard high > low else { return 0 }
        return min(1, max(0, (at - low) / (high - low)))
    }
}

extension ChartAxis {
    /// A linear axis from `lower` to a round number at or above `upper` (or to `upper` itself when
    /// not `roundedUp`: a time axis ends where the run ended), with about five ticks.
    static func linear(_ label: String, from lower: Double = 0, upTo upper: Double, roundedUp: Bool = true) -> ChartAxis {
        let step = niceStep(for: max(upper - lower, 1e-9) / 5)
        let top = roundedUp ? lower + (max(upper - lower, step) / step).rounded(.up) * step : upper
        let count = Int(((top - lower) / step * (1 + 1e-9)).rounded(.down))
        // As many decimals as the step has: 0.2 → 1, 0.05 → 2, 50 → 0.
        let decimals = max(0, Int(-Foundation.floor(Foundation.log10(step))))
        let ticks = (0...count).map { index in
            let value = lower + Double(index) * step
            return Tick(value: value, label: Formatting.fixed(value, decimals))
        }
        return ChartAxis(label: label, scale: .linear, lower: lower, upper: top, ticks: ticks)
    }

    /// A decade axis covering `lower...upper` (both above zero), a tick at each power of ten.
    static func log(_ label: String, from lower: Double, upTo upper: Double) -> ChartAxis {
        let low = Foundation.floor(Foundation.log10(max(lower, 1e-3)))
        let high = max(low + 1, Foundation.ceil(Foundation.log10(max(upper, lower, 1e-3))))
        let ticks = stride(from: low, through: high, by: 1).map { exponent in
            let value = Foundation.pow(10, exponent)
            return Tick(value: value, label: Formatting.fixed(value, exponent < 0 ? Int(-exponent) : 0))
        }
        return ChartAxis(label: label, scale: .log10, lower: Foundation.pow(10, low), upper: Foundation.pow(10, high), ticks: ticks)
    }

    /// Rows of a heat map, the first at the top: row i spans `count − i − 1 ... count − i`, its
    /// tick at the middle.
    static func rows(_ label: String, _ labels: [String]) -> ChartAxis {
        ChartAxis(label: label, scale: .linear, lower: 0, upper: Double(max(labels.count, 1)),
                  ticks: labels.enumerated().map { Tick(value: Double(labels.count - $0.offset) - 0.5, label: $0.element) })
    }

    /// 1, 2 or 5 times a power of ten: the smallest such step at or above `raw` (1% under counts:
    /// a 10-hour run with its drain is ticked every 2 h, not every 5).
    static func niceStep(for raw: Double) -> Double {
        let power = Foundation.pow(10, Foundation.floor(Foundation.log10(raw)))
        return [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= raw * 0.99 } ?? 10 * power
    }
}
