/// One point of a chart's series, in data units.
struct ChartPoint: Sendable, Equatable {
    var x: Double
    var y: Double
}

/// A series cut to a chart's width: a 10-hour run has 36,000 seconds, a chart has some 600 pixels
/// to draw them in. Each bucket of `bucketSize` consecutive points keeps its largest one, so a
/// one-second spike of throttling or latency is still drawn at its full height.
struct Downsampled: Sendable, Equatable {
    var points: [ChartPoint]
    /// Consecutive input points per output point; 1 when nothing was merged.
    var bucketSize: Int

    /// The largest point charts draw per series.
    static let defaultLimit = 600

    init(_ points: [ChartPoint], limit: Int = defaultLimit) {
        let size = max(1, (points.count + limit - 1) / max(limit, 1))
        bucketSize = size
        self.points = size == 1 ? points : stride(from: 0, to: points.count, by: size).map { start in
            points[start..<min(start + size, points.count)].max { $0.y < $1.y }!
        }
    }

    /// " (per 60 s maximum)" for a per-second series merged 60 to a point; empty when not merged.
    func titleSuffix(secondsPerPoint: Int) -> String {
        bucketSize > 1 ? " (per \(Formatting.count(bucketSize * secondsPerPoint)) s maximum)" : ""
    }
}
