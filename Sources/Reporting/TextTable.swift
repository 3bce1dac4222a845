/// A plain-text table with aligned columns: by default the first column left-aligned (labels)
/// and the rest right-aligned (figures). Lines carry no trailing spaces.
public struct TextTable {
    public enum Alignment { case left, right }

    public var rows: [[String]] = []
    /// Per-column alignment; columns beyond it use the default.
    public var alignments: [Alignment] = []

    public init(alignments: [Alignment] = []) { self.alignments = alignments }

    public mutating func add(_ cells: String...) { rows.append(cells) }

    public mutating func add(_ cells: [String]) { rows.append(cells) }

    func alignment(of column: Int) -> Alignment {
        column < alignments.count ? alignments[column] : (column == 0 ? .left : .right)
    }

    public func rendered(indent: String = "  ") -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        return rows.map { row in
            let cells = row.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return alignment(of: index) == .left ? cell + pad : pad + cell
            }
            return String((indent + cells.joined(separator: "  ")).reversed().drop { $0 == " " }.reversed())
        }.joined(separator: "\n") + "\n"
    }
}
