/// A GitHub-flavoured Markdown table: a header row, an alignment row, and cells with `|` and
/// line breaks escaped so a value can never break the table.
public struct MarkdownTable {
    public enum Alignment { case left, right }

    var header: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    public init(header: [String], alignments: [Alignment]) {
        self.header = header
        self.alignments = alignments
    }

    public mutating func add(_ cells: String...) { add(cells) }

    public mutating func add(_ cells: [String]) { rows.append(cells) }

    public func rendered() -> String {
        let rule = alignments.map { $0 == .right ? "---:" : "---" }
        return ([header, rule] + rows.map { $0.map(Self.escaped) })
            .map { "| " + $0.joined(separator: " | ") + " |" }
            .joined(separator: "\n") + "\n"
    }

    static func escaped(_ cell: String) -> String {
        cell.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
