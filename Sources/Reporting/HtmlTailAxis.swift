import Foundation

extension ChartAxis {
    /// The percentile axis of a latency percentile plot: x = nines of p (−log10(1 − p)), so 90%,
    /// 99%, 99.9% are equally spaced; it ends at 100% minus 10^−nines.
    static func tail(_ label: String, nines: Int) -> ChartAxis {
        let ticks = (0...nines).map { (nine: Int) -> Tick in
            let percent: Double = 100 - Foundation.pow(10.0, Double(2 - nine))
            return Tick(value: Double(nine), label: Formatting.fixed(percent, max(0, nine - 2)) + "%")
        }
        return ChartAxis(label: label, scale: .linear, lower: 0, upper: Double(nines), ticks: ticks)
    }

    /// Nines worth drawing for `samples` latencies: one sample in 10^n resolves n nines (2 to 5).
    static func tailNines(samples: Int64) -> Int {
        min(5, max(2, Int(Foundation.log10(Double(max(samples, 1))).rounded(.down))))
    }
}
