/// `simctl compare` as text, Markdown or JSON.
public enum ComparisonText {
    public static func render(_ comparison: RunComparison) -> String {
        var out = header(comparison).map { $0 + "\n" }.joined()
        var table = TextTable(alignments: [.left, .right, .right, .right, .right, .left])
        table.add("metric", comparison.before.id.map { "run \($0)" } ?? "before",
                  comparison.after.id.map { "run \($0)" } ?? "after", "change", "%", "")
        for row in comparison.rows {
            table.rows.append([row.name, value(row.before), value(row.after), signed(row.change), percent(row.relativeChange), mark(row)])
        }
        out += "\n" + table.rendered(indent: "") + "\n" + totals(comparison) + "\n"
        let diff = comparison.scenarioDiff
        out += diff.isEmpty ? "scenario texts: identical\n" : "scenario texts differ:\n" + diff.joined(separator: "\n") + "\n"
        return out
    }

    /// Which runs, and the warnings a reader must see first.
    static func header(_ comparison: RunComparison) -> [String] {
        let (a, b) = (comparison.before, comparison.after)
        var lines = ["simctl compare: \(describe(a)) → \(describe(b))"]
        if comparison.differentScenarios {
            lines.append("warning: these are runs of different scenarios (\(a.run.scenarioName), \(b.run.scenarioName))")
        } else if comparison.scenariosDiffer {
            lines.append("note: the scenario file changed between the runs (diff below)")
        }
        lines.append(comparison.digestsDiffer
                     ? "digests differ: \(a.run.digest) → \(b.run.digest)"
                     : "digests equal: \(a.run.digest) (the runs decided the same things)")
        lines.append("verdict: \(a.run.verdict) → \(b.run.verdict)")
        return lines
    }

    static func describe(_ view: RunView) -> String {
        (view.id.map { "run \($0) " } ?? "") + "(\(view.run.scenarioName), seed \(view.run.seed), simctl \(view.run.simctlVersion))"
    }

    static func totals(_ comparison: RunComparison) -> String {
        let changed = comparison.rows.filter(\.changed).count
        return "\(comparison.rows.count) metrics, \(changed) changed: \(comparison.improvements.count) improved, "
            + "\(comparison.regressions.count) regressed"
    }

    static func mark(_ row: RunComparison.Row) -> String {
        switch row.verdict {
        case 1: "improved"
        case -1: "REGRESSED"
        default: row.before == nil ? "only in after" : row.after == nil ? "only in before" : ""
        }
    }

    static func value(_ value: Double?) -> String {
        guard let value else { return "—" }
        return value == value.rounded() && abs(value) < 1e15 ? Formatting.count(Int64(value)) : Formatting.fixed(value, 4)
    }

    static func signed(_ change: Double?) -> String {
        guard let change, change != 0 else { return change == nil ? "—" : "0" }
        return (change > 0 ? "+" : "") + value(change)
    }

    static func percent(_ ratio: Double?) -> String {
        guard let ratio, ratio != 0 else { return "" }
        return (ratio > 0 ? "+" : "") + Formatting.fixed(ratio * 100, 1) + "%"
    }
}
