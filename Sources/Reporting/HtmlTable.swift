/// A table for the page: a header row, then rows of cells; cells marked numeric align right.
/// Every cell is text and is escaped here, so a group key or a message can never become markup.
struct HtmlTable: Sendable {
    struct Cell: Sendable {
        var text: String
        var numeric = false
        /// A CSS class for the cell (`ok`, `bad`), or nil.
        var style: String?
    }

    var header: [Cell]
    var rows: [[Cell]] = []

    init(_ header: [String], numericFrom: Int = Int.max) {
        self.header = header.enumerated().map { Cell(text: $0.element, numeric: $0.offset >= numericFrom) }
    }

    /// A row whose cells from `numericFrom` on are numbers.
    mutating func add(_ cells: [String], numericFrom: Int = Int.max) {
        rows.append(cells.enumerated().map { Cell(text: $0.element, numeric: $0.offset >= numericFrom) })
    }

    var html: String {
        func cell(_ tag: String, _ cell: Cell) -> String {
            let classes = [cell.numeric ? "num" : nil, cell.style].compactMap { $0 }.joined(separator: " ")
            return "<\(tag)\(classes.isEmpty ? "" : " class=\"\(classes)\"")>\(HtmlEscaping.escaped(cell.text))</\(tag)>"
        }
        let head = "<tr>" + header.map { cell("th", $0) }.joined() + "</tr>\n"
        let body = rows.map { "<tr>" + $0.map { cell("td", $0) }.joined() + "</tr>\n" }.joined()
        return "<div class=\"scroll\"><table>\n<thead>\(head)</thead>\n<tbody>\n\(body)</tbody>\n</table></div>\n"
    }
}
