/// One line of a chart.
struct ChartSeries: Sendable {
    var name: String
    var points: [ChartPoint]
    var dashed = false
    /// Each point also drawn as a dot: for a few points that are each a run (a plan's candidates).
    var dots = false
}

/// A line chart as inline SVG: one polyline per series in the palette's colours, over a frame
/// with its axes, legend and timeline marks. Series are drawn as given: callers downsample them.
struct LineChart: Sendable {
    var frame: ChartFrame
    var series: [ChartSeries]

    init(id: String, title: String, x: ChartAxis, y: ChartAxis, series: [ChartSeries], marks: [ChartMark] = []) {
        let legend = series.enumerated().map { LegendEntry(name: $0.element.name, colour: HtmlPalette.line($0.offset), dashed: $0.element.dashed) }
        frame = ChartFrame(id: id, title: title, x: x, y: y, legend: legend, marks: marks)
        self.series = series
    }

    var svg: String {
        frame.svg(plot: series.enumerated().map { index, line in polyline(line, colour: HtmlPalette.line(index)) }.joined())
    }

    func polyline(_ line: ChartSeries, colour: String) -> String {
        let n = SvgNumber.text
        let points = line.points.map { n(frame.px($0.x)) + "," + n(frame.py($0.y)) }.joined(separator: " ")
        let dash = line.dashed ? " stroke-dasharray=\"6 4\"" : ""
        let dots = line.dots ? line.points.map {
            "<circle cx=\"\(n(frame.px($0.x)))\" cy=\"\(n(frame.py($0.y)))\" r=\"4\" fill=\"\(colour)\"/>"
        }.joined() : ""
        return "<polyline class=\"line\" stroke=\"\(colour)\"\(dash) points=\"\(points)\"><title>\(HtmlEscaping.escaped(line.name))</title></polyline>\(dots)\n"
    }
}
