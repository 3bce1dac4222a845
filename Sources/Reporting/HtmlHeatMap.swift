/// One row of a heat map: a label and its cells by column; nil where the row has no value (a
/// shard before it opened or after it closed).
struct HeatRow: Sendable {
    var label: String
    var cells: [Double?]
}

/// A heat map as inline SVG: rows of cells coloured by value (a fraction, 1 = the limit) in
/// viridis steps, with a colour key. Neighbouring cells of one step are drawn as one rectangle,
/// which keeps a 10-hour run's map small.
struct HeatMap: Sendable {
    var frame: ChartFrame
    var rows: [HeatRow]
    /// The x value of column 0's left edge and each column's width, in the x axis' units.
    var firstColumnX: Double
    var columnWidthX: Double

    init(id: String, title: String, x: ChartAxis, rowLabel: String, rows: [HeatRow], firstColumnX: Double,
         columnWidthX: Double, marks: [ChartMark] = []) {
        frame = ChartFrame(id: id, title: title, x: x, y: .rows(rowLabel, rows.map(\.label)), marks: marks, leftMargin: 190,
                           height: 90 + Double(rows.count) * Self.rowHeight(rows: rows.count), style: "heat")
        self.rows = rows
        self.firstColumnX = firstColumnX
        self.columnWidthX = columnWidthX
    }

    /// Tall rows for a few shards, thin ones (still labelled) for many.
    static func rowHeight(rows: Int) -> Double { min(36, max(12, 480 / Double(max(rows, 1)))) }

    var svg: String {
        frame.svg(plot: rows.enumerated().map { cells(of: $0.element, at: $0.offset) }.joined() + key())
    }

    /// Runs of equal steps in one row as rectangles, each with its utilisation as a tooltip.
    func cells(of row: HeatRow, at index: Int) -> String {
        let n = SvgNumber.text
        let top = frame.py(Double(rows.count - index))
        let height = frame.py(Double(rows.count - index - 1)) - top
        var out = ""
        var column = 0
        while column < row.cells.count {
            guard let value = row.cells[column] else { column += 1; continue }
            let step = HtmlPalette.heatStep(value)
            var end = column + 1
            var peak = value
            while end < row.cells.count, let next = row.cells[end], HtmlPalette.heatStep(next) == step {
                peak = max(peak, next)
                end += 1
            }
            let left = frame.px(firstColumnX + Double(column) * columnWidthX)
            let right = frame.px(firstColumnX + Double(end) * columnWidthX)
            out += "<rect x=\"\(n(left))\" y=\"\(n(top + 1))\" width=\"\(n(right - left))\" height=\"\(n(height - 2))\" "
                + "fill=\"\(HtmlPalette.heat[step])\"><title>\(HtmlEscaping.escaped(row.label)): up to \(Formatting.percent(peak))</title></rect>\n"
            column = end
        }
        return out
    }

    /// The colour key under the plot's right end, level with the x axis label: 0% to 100% of the limit.
    func key() -> String {
        let n = SvgNumber.text
        let swatch = 16.0
        let top = frame.height - 22
        let left = frame.plotRight - swatch * Double(HtmlPalette.heat.count) - 40
        let swatches = HtmlPalette.heat.enumerated().map { index, colour in
            "<rect x=\"\(n(left + Double(index) * swatch))\" y=\"\(n(top))\" width=\"\(n(swatch))\" height=\"12\" fill=\"\(colour)\"/>"
        }.joined()
        return swatches + "<text class=\"legend\" x=\"\(n(left - 4))\" y=\"\(n(top + 10))\" text-anchor=\"end\">0%</text>"
            + "<text class=\"legend\" x=\"\(n(left + swatch * Double(HtmlPalette.heat.count) + 4))\" y=\"\(n(top + 10))\">100%</text>\n"
    }
}
