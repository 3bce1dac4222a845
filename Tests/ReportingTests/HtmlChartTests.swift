import Foundation
@testable import Reporting
import ResultStore
import Testing

/// Long runs stay small and spikes survive: series are cut to a chart's width by keeping each
/// bucket's maximum.
@Suite struct HtmlChartTests {
    @Test func downsamplingKeepsASpike() {
        var points = (0..<36_000).map { ChartPoint(x: Double($0), y: 10) }
        points[12_345].y = 5_000
        let cut = Downsampled(points)
        #expect(cut.points.count <= Downsampled.defaultLimit)
        #expect(cut.bucketSize == 60)
        #expect(cut.points.map(\.y).max() == 5_000)
        #expect(cut.points.contains(ChartPoint(x: 12_345, y: 5_000)))
        #expect(cut.titleSuffix(secondsPerPoint: 1) == " (per 60 s maximum)")
    }

    @Test func shortSeriesAreDrawnAsTheyAre() {
        let points = (0..<150).map { ChartPoint(x: Double($0), y: Double($0 % 7)) }
        #expect(Downsampled(points).points == points)
        #expect(Downsampled(points).bucketSize == 1)
        #expect(Downsampled(points).titleSuffix(secondsPerPoint: 1) == "")
    }

    @Test func tailAxisSpacesTheNinesEvenly() {
        let axis = ChartAxis.tail("percentile", nines: 4)
        #expect(axis.ticks.map(\.label) == ["0%", "90%", "99%", "99.9%", "99.99%"])
        #expect(axis.fraction(of: 2) == 0.5)
    }

    @Test func timeAxesEndWhereTheRunEndsInAReadableUnit() {
        let tenHours = TimeAxis(runSeconds: 36_030)
        #expect(tenHours.axis.label == "simulated time (h)")
        #expect(tenHours.axis.upper == 36_030.0 / 3_600)
        #expect(tenHours.axis.ticks.map(\.label) == ["0", "2", "4", "6", "8", "10"])
        let smoke = TimeAxis(runSeconds: 150)
        #expect(smoke.axis.label == "simulated time (s)")
        #expect(smoke.axis.ticks.map(\.label) == ["0", "50", "100", "150"])
        #expect(TimeAxis(runSeconds: 420).axis.ticks.map(\.label) == ["0", "2", "4", "6"])
    }

    @Test func svgNumbersHaveNoSeparatorsOrExponents() {
        #expect(SvgNumber.text(1_234.56) == "1234.6")
        #expect(SvgNumber.text(-0.04) == "0")
        #expect(SvgNumber.text(-0.25) == "-0.3")
        #expect(SvgNumber.text(3) == "3")
    }

    /// A split at 60 s: the parent's row ends, the children's start; the busier of records and
    /// bytes sets the colour.
    @Test func heatRowsFollowTheShardsLineage() {
        var run = HtmlFixtures.smoke
        run.simulatedSeconds = 180
        run.shards = [StoredShard(shardID: "parent", incomingRecords: 0, incomingBytes: 0, throttledRecords: 0, peakUtilization: 0,
                                  openedAtS: 0, closedAtS: 60),
                      StoredShard(shardID: "child", incomingRecords: 0, incomingBytes: 0, throttledRecords: 0, peakUtilization: 0,
                                  openedAtS: 60, parentShardID: "parent")]
        run.series = [StoredSeriesPoint(metric: "IncomingRecords", shardID: "parent", resolution: "1m", periodStartS: 0, value: 30_000),
                      StoredSeriesPoint(metric: "IncomingBytes", shardID: "child", resolution: "1m", periodStartS: 60, value: 60 * 1_048_576),
                      StoredSeriesPoint(metric: "IncomingRecords", shardID: "child", resolution: "1m", periodStartS: 60, value: 6_000)]
        let rows = HtmlWriteCharts.utilisationRows(HtmlRunSeries(RunView(run)), minutes: 3, limits: (60_000, 60 * 1_048_576))
        #expect(rows.map(\.label) == ["parent", "child"])
        #expect(rows[0].cells == [0.5, nil, nil])
        #expect(rows[1].cells == [nil, 1.0, 0])
        #expect(HtmlWriteCharts.merged([0.5, nil, nil, 0.2, 0.9], by: 2) == [0.5, 0.2, 0.9])
    }

    /// A 10-hour run: 36,000 seconds of stream and consumer series, 600 minutes of 4 shards.
    @Test func aTenHourRunStaysUnderTwoMegabytes() {
        var run = HtmlFixtures.smoke
        let seconds = 36_000
        run.simulatedSeconds = Double(seconds)
        run.series = StoredSeriesRows(count: 2 * seconds + 2 * 600 * 4) { row in
            if row < 2 * seconds {
                let (metric, second) = row.quotientAndRemainder(dividingBy: seconds)
                return StoredSeriesPoint(metric: metric == 0 ? "IncomingRecords" : "WriteProvisionedThroughputExceeded", shardID: nil,
                                         resolution: "1s", periodStartS: Int64(second), value: Int64((second * 7_919) % 1_000))
            }
            let (metric, cell) = (row - 2 * seconds).quotientAndRemainder(dividingBy: 2_400)
            return StoredSeriesPoint(metric: metric == 0 ? "IncomingRecords" : "IncomingBytes",
                                     shardID: "shardId-00000000000\(cell % 4)", resolution: "1m",
                                     periodStartS: Int64(cell / 4 * 60), value: Int64((cell * 104_729) % 60_000))
        }
        let names = run.consumers.map(\.name)
        run.consumerSeries = StoredConsumerSeriesRows(count: 2 * seconds) { row in
            let (consumer, second) = row.quotientAndRemainder(dividingBy: seconds)
            return StoredConsumerPoint(consumer: names[consumer % names.count], periodStartS: Int64(second),
                                       records: 100, maxIteratorAgeMs: Int64((second * 31) % 5_000), maxMillisBehindLatest: Int64(second % 900))
        }
        run.shards = (0..<4).map { StoredShard(shardID: "shardId-00000000000\($0)", incomingRecords: 0, incomingBytes: 0,
                                               throttledRecords: 0, peakUtilization: 0, openedAtS: 0) }
        let page = HtmlPage.render(RunView(run))
        #expect(page.utf8.count < 2_000_000, "\(page.utf8.count) bytes")
        #expect(ParsedPage(page).error == nil)
        #expect(page.contains("(per 60 s maximum)"))
        #expect(page.contains("(per 2 min maximum)"))
    }
}
