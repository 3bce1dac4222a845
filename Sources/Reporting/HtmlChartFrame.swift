/// A key of a chart's legend: a series' name and how its line is drawn.
struct LegendEntry: Sendable {
    var name: String
    var colour: String
    var dashed = false
}

/// Something that happened during the run, drawn over a time chart: a fault as a band from its
/// start to its end, a reshard or a scaling decision as a dashed line.
struct ChartMark: Sendable {
    /// In the x axis' units.
    var x: Double
    var endX: Double?
    /// One letter drawn at the top of the mark (the timeline list explains it).
    var letter: String
    /// Shown as the mark's tooltip.
    var description: String
}

/// The parts every chart shares: the `<svg>` element sized by its viewBox (it scales to the page
/// width, and scrolls sideways on a phone rather than shrink its text below reading size), the
/// title, the legend, gridlines and ticks of both axes with their labels, and the timeline's marks
/// (over the data, so a heat map's cells do not hide them). A chart only draws its data inside
/// `plot`.
struct ChartFrame: Sendable {
    static let width = 960.0

    var id: String
    var title: String
    var x: ChartAxis
    var y: ChartAxis
    var legend: [LegendEntry] = []
    var marks: [ChartMark] = []
    /// Room for the y tick labels (a heat map's shard names need more).
    var leftMargin = 76.0
    /// Line charts are 340 high; a heat map grows with its rows.
    var height = 340.0
    /// `heat` draws the marks light, to show on the heat map's dark cells.
    var style = "line"

    var plotLeft: Double { leftMargin }
    var plotRight: Double { Self.width - 40 }
    var plotTop: Double { legend.isEmpty ? 40 : 62 }
    var plotBottom: Double { height - 50 }

    func px(_ value: Double) -> Double { plotLeft + x.fraction(of: value) * (plotRight - plotLeft) }
    func py(_ value: Double) -> Double { plotBottom - y.fraction(of: value) * (plotBottom - plotTop) }

    /// The whole `<svg>` with `plot` (SVG elements in this frame's coordinates) drawn on the grid.
    func svg(plot: String) -> String {
        let n = SvgNumber.text
        return """
        <div class="scroll"><svg xmlns="http://www.w3.org/2000/svg" id="\(id)" class="chart \(style)" viewBox="0 0 \(n(Self.width)) \(n(height))" \
        role="img" aria-label="\(HtmlEscaping.escaped(title))">
        <text class="title" x="\(n(plotLeft))" y="22">\(HtmlEscaping.escaped(title))</text>
        \(legendItems())\(grid())\(plot)\(markShapes())
        <rect class="frame" x="\(n(plotLeft))" y="\(n(plotTop))" width="\(n(plotRight - plotLeft))" height="\(n(plotBottom - plotTop))"/>
        </svg></div>
        """
    }

    func grid() -> String {
        let n = SvgNumber.text
        let xTicks = x.ticks.map { tick in
            "<line class=\"grid\" x1=\"\(n(px(tick.value)))\" y1=\"\(n(plotTop))\" x2=\"\(n(px(tick.value)))\" y2=\"\(n(plotBottom))\"/>"
                + "<text class=\"tick\" x=\"\(n(px(tick.value)))\" y=\"\(n(plotBottom + 16))\" text-anchor=\"middle\">\(HtmlEscaping.escaped(tick.label))</text>\n"
        }
        let yTicks = y.ticks.map { tick in
            "<line class=\"grid\" x1=\"\(n(plotLeft))\" y1=\"\(n(py(tick.value)))\" x2=\"\(n(plotRight))\" y2=\"\(n(py(tick.value)))\"/>"
                + "<text class=\"tick\" x=\"\(n(plotLeft - 6))\" y=\"\(n(py(tick.value) + 4))\" text-anchor=\"end\">\(HtmlEscaping.escaped(tick.label))</text>\n"
        }
        let middleY = (plotTop + plotBottom) / 2
        return xTicks.joined() + yTicks.joined()
            + "<text class=\"axis\" x=\"\(n((plotLeft + plotRight) / 2))\" y=\"\(n(height - 12))\" text-anchor=\"middle\">\(HtmlEscaping.escaped(x.label))</text>\n"
            + "<text class=\"axis\" transform=\"translate(14 \(n(middleY))) rotate(-90)\" text-anchor=\"middle\">\(HtmlEscaping.escaped(y.label))</text>\n"
    }

    /// Keys side by side under the title (none for a single series: the title names it).
    func legendItems() -> String {
        guard legend.count > 1 else { return "" }
        let n = SvgNumber.text
        var left = plotLeft
        return legend.map { entry in
            let dash = entry.dashed ? " stroke-dasharray=\"6 4\"" : ""
            defer { left += 36 + Double(entry.name.count) * 7.5 }
            return "<line x1=\"\(n(left))\" y1=\"42\" x2=\"\(n(left + 24))\" y2=\"42\" stroke=\"\(entry.colour)\" stroke-width=\"3\"\(dash)/>"
                + "<text class=\"legend\" x=\"\(n(left + 30))\" y=\"46\">\(HtmlEscaping.escaped(entry.name))</text>\n"
        }.joined()
    }

    func markShapes() -> String {
        let n = SvgNumber.text
        return marks.map { mark in
            let left = px(mark.x)
            let tooltip = "<title>\(HtmlEscaping.escaped(mark.description))</title>"
            let shape = mark.endX.map { end in
                "<rect class=\"band\" x=\"\(n(left))\" y=\"\(n(plotTop))\" width=\"\(n(max(px(end) - left, 1)))\" height=\"\(n(plotBottom - plotTop))\">\(tooltip)</rect>"
            } ?? "<line class=\"mark\" x1=\"\(n(left))\" y1=\"\(n(plotTop))\" x2=\"\(n(left))\" y2=\"\(n(plotBottom))\">\(tooltip)</line>"
            return shape + "<text class=\"marklabel\" x=\"\(n(left + 3))\" y=\"\(n(plotTop + 12))\">\(HtmlEscaping.escaped(mark.letter))</text>\n"
        }.joined()
    }
}
