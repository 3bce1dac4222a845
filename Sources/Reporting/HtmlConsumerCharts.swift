import Foundation
import ResultStore

/// Each consumer's view of the run: its end-to-end latency (percentiles and their curve) and how
/// far behind it read over time.
enum HtmlConsumerCharts {
    static func latency(_ view: RunView) -> HtmlSection {
        var table = HtmlTable(["consumer", "type", "delivered", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms"], numericFrom: 2)
        for consumer in view.run.consumers {
            let percentiles = (LatencyPercentiles.all.map(\.label) + ["max"]).map {
                Formatting.fixed(view.consumer(consumer.name, "latency.e2e_ms.\($0)"), 1)
            }
            table.add([consumer.name, consumer.type, Formatting.count(Int64(view.consumer(consumer.name, "delivered")))] + percentiles,
                      numericFrom: 2)
        }
        return HtmlSection(id: "latency", title: "End-to-end latency (reading emitted → consumer processed)",
                           body: table.html + percentileCurve(view))
    }

    /// The HdrHistogram percentile plot: latency against percentile on a "tail" axis, where each
    /// further nine (90%, 99%, 99.9%) takes the same width, so the tail is as visible as the median.
    static func percentileCurve(_ view: RunView) -> String {
        let nines = ChartAxis.tailNines(samples: view.run.latencyBuckets.reduce(0) { $0 + $1.count })
        let series = view.consumerNames.map { name in
            ChartSeries(name: name, points: Downsampled(tailPoints(view.run.latencyBuckets.filter { $0.consumer == name }, nines: nines)).points)
        }
        let values = series.flatMap(\.points).map(\.y)
        let chart = LineChart(id: "chart-latency-percentiles", title: "Latency by percentile, per consumer",
                              x: .tail("percentile", nines: nines),
                              y: .log("latency (ms, log scale)", from: values.min() ?? 1, upTo: values.max() ?? 10),
                              series: series)
        return chart.svg
    }

    /// Each bucket as (nines of its cumulative share, its value in ms); the last bucket, at 100%,
    /// is drawn at the axis' end.
    static func tailPoints(_ buckets: [StoredLatencyBucket], nines: Int) -> [ChartPoint] {
        let total = Double(buckets.reduce(0) { $0 + $1.count })
        var cumulative = 0.0
        return buckets.sorted { $0.valueUs < $1.valueUs }.map { bucket in
            cumulative += Double(bucket.count)
            let remaining = max(1 - cumulative / total, Foundation.pow(10, -Double(nines)))
            return ChartPoint(x: -Foundation.log10(remaining), y: Double(bucket.valueUs) / 1_000)
        }
    }

    /// How far behind each consumer read, and how old its records were, second by second (a
    /// latency spike shows here as a bump in the p99 line while it lasts).
    static func lag(_ series: HtmlRunSeries) -> HtmlSection {
        let figures: [(String, String, (StoredConsumerPoint) -> Double?)] = [
            ("chart-latency-p99", "p99 end-to-end latency per consumer, per second of hand-over", { $0.latency?.p99Ms }),
            ("chart-iterator-age", "Iterator age per consumer (GetRecords.IteratorAgeMilliseconds)", { Double($0.maxIteratorAgeMs) }),
            ("chart-behind-latest", "MillisBehindLatest per consumer", { Double($0.maxMillisBehindLatest) }),
        ]
        let charts = figures.map { id, title, value in
                let lines = series.view.consumerNames.map { ($0, Downsampled(series.consumerSeconds($0, value))) }
                let top = lines.flatMap(\.1.points).map(\.y).max() ?? 0
                return LineChart(id: id, title: title + (lines.first?.1.titleSuffix(secondsPerPoint: 1) ?? ""),
                                 x: series.time.axis, y: .linear("milliseconds", upTo: max(top, 1)),
                                 series: lines.map { ChartSeries(name: $0.0, points: $0.1.points) }, marks: series.marks()).svg
            }
        return HtmlSection(id: "consumer-lag", title: "Latency and lag over time", body: charts.joined())
    }
}
