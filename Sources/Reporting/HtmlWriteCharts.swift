import Scenario

/// The write side over time: accepted against throttled records per second for the stream, and
/// each shard's utilisation of its write limit minute by minute.
enum HtmlWriteCharts {
    static func throughput(_ series: HtmlRunSeries) -> HtmlSection {
        let chart = solidAndDashed(series, id: "chart-throughput", title: "Records per second, accepted and throttled",
                                   unit: "records per second",
                                   solid: ("accepted (IncomingRecords)", "IncomingRecords"),
                                   dashed: ("throttled (WriteProvisionedThroughputExceeded)", "WriteProvisionedThroughputExceeded"),
                                   marks: series.marks())
        return HtmlSection(id: "throughput", title: "Throughput", body: chart.svg)
    }

    /// Runs with gateway outages: what the offline queues held and gave up, second by second,
    /// with the outages as bands.
    static func offlineQueues(_ series: HtmlRunSeries) -> [HtmlSection] {
        guard series.view.count("offline.held") > 0 else { return [] }
        let chart = solidAndDashed(series, id: "chart-offline", title: "Offline queues: entries held and readings dropped per second",
                                   unit: "entries", solid: ("held (Fleet.OfflineQueued, peak)", "Fleet.OfflineQueued"),
                                   dashed: ("dropped when full (Fleet.OfflineDropped)", "Fleet.OfflineDropped"),
                                   marks: series.marks([.fault]))
        return [HtmlSection(id: "offline", title: "Offline queues", body: chart.svg)]
    }

    /// Two stream-wide per-second metrics on one axis, the first solid and the second dashed,
    /// each given as (legend name, stored metric).
    static func solidAndDashed(_ series: HtmlRunSeries, id: String, title: String, unit: String,
                               solid: (name: String, metric: String), dashed: (name: String, metric: String),
                               marks: [ChartMark]) -> LineChart {
        let first = Downsampled(series.streamSeconds(solid.metric))
        let second = Downsampled(series.streamSeconds(dashed.metric))
        let top = (first.points + second.points).map(\.y).max() ?? 0
        return LineChart(id: id, title: title + first.titleSuffix(secondsPerPoint: 1), x: series.time.axis,
                         y: .linear(unit, upTo: max(top, 1)),
                         series: [ChartSeries(name: solid.name, points: first.points),
                                  ChartSeries(name: dashed.name, points: second.points, dashed: true)],
                         marks: marks)
    }

    /// The most columns the heat map draws; longer runs merge minutes, keeping each one's peak.
    static let maxColumns = 300

    static func shardHeat(_ series: HtmlRunSeries) -> HtmlSection {
        let limits = shardLimitsPerMinute(series.view)
        let minutes = max(1, Int((series.view.run.simulatedSeconds / 60).rounded(.up)))
        let minutesPerColumn = (minutes + maxColumns - 1) / maxColumns
        let rows = utilisationRows(series, minutes: minutes, limits: limits).map {
            HeatRow(label: $0.label, cells: merged($0.cells, by: minutesPerColumn))
        }
        let suffix = minutesPerColumn > 1 ? " (per \(minutesPerColumn) min maximum)" : ""
        let map = HeatMap(id: "chart-shard-heat", title: "Write utilisation per shard per minute, of the shard's limit" + suffix,
                          x: series.time.axis, rowLabel: "shard", rows: rows, firstColumnX: 0,
                          columnWidthX: Double(60 * minutesPerColumn) / series.time.secondsPerUnit,
                          marks: series.marks([.reshard, .policy]))
        let note = HtmlSection.paragraph("Colour: IncomingRecords or IncomingBytes in the minute as a share of the shard's limit "
            + "(\(Formatting.count(Int64(limits.records / 60))) records/s, \(Formatting.count(Int64(limits.bytes / 60))) bytes/s), "
            + "whichever is higher. A row starts when its shard opens and ends when a reshard closes it (R marks).")
        return HtmlSection(id: "shard-heat", title: "Shard write utilisation", body: map.svg + note)
    }

    /// Each shard's minutes as the larger of its records and bytes shares of the limit; nil
    /// before the shard opened and after a reshard closed it, so lineage shows as rows that end
    /// and start.
    static func utilisationRows(_ series: HtmlRunSeries, minutes: Int, limits: (records: Double, bytes: Double)) -> [HeatRow] {
        let records = series.shardMinutes("IncomingRecords")
        let bytes = series.shardMinutes("IncomingBytes")
        return series.view.run.shards.map { shard in
            let opened = shard.openedAtS ?? 0
            let closed = shard.closedAtS ?? .infinity
            return HeatRow(label: shard.shardID, cells: (0..<minutes).map { minute in
                let start = Double(minute * 60)
                guard opened < start + 60, closed > start else { return nil }
                let recordShare = Double(records[shard.shardID]?[Int64(minute)] ?? 0) / limits.records
                return max(recordShare, Double(bytes[shard.shardID]?[Int64(minute)] ?? 0) / limits.bytes)
            })
        }
    }

    /// Per-shard write limits over one minute, from the stored scenario (the Kinesis defaults when
    /// the text no longer parses with this version).
    static func shardLimitsPerMinute(_ view: RunView) -> (records: Double, bytes: Double) {
        let limits = view.writeLimits
        return (limits.recordsPerSecond * 60, limits.bytesPerSecond * 60)
    }

    /// Columns of `size` cells as their largest value; nil only where every cell is nil.
    static func merged(_ cells: [Double?], by size: Int) -> [Double?] {
        guard size > 1 else { return cells }
        return stride(from: 0, to: cells.count, by: size).map { start in
            cells[start..<min(start + size, cells.count)].compactMap { $0 }.max()
        }
    }
}
