/// `simctl compare` as Markdown (for a pull-request comment: the changed metrics only) and as
/// JSON (schema `simctl.compare.v1`, every metric).
public enum ComparisonDocuments {
    public static func markdown(_ comparison: RunComparison) -> String {
        var out = "## simctl compare\n\n" + ComparisonText.header(comparison).map { "- " + MarkdownTable.escaped($0) }
            .joined(separator: "\n") + "\n\n"
        var table = MarkdownTable(header: ["metric", "before", "after", "change", "%", ""],
                                  alignments: [.left, .right, .right, .right, .right, .left])
        for row in comparison.rows where row.changed {
            table.add("`\(row.name)`", ComparisonText.value(row.before), ComparisonText.value(row.after),
                      ComparisonText.signed(row.change), ComparisonText.percent(row.relativeChange),
                      row.verdict < 0 ? "**regressed**" : row.verdict > 0 ? "improved" : ComparisonText.mark(row))
        }
        out += (table.rows.isEmpty ? "No metric changed.\n" : table.rendered()) + "\n" + ComparisonText.totals(comparison) + "\n"
        let diff = comparison.scenarioDiff
        if !diff.isEmpty { out += "\n```diff\n" + diff.joined(separator: "\n") + "\n```\n" }
        return out
    }

    public static func json(_ comparison: RunComparison) -> JSONTree {
        var tree = JSONTree.object([:])
        tree.set(["schema"], .string("simctl.compare.v1"))
        tree.set(["before"], run(comparison.before))
        tree.set(["after"], run(comparison.after))
        tree.set(["digests_differ"], .bool(comparison.digestsDiffer))
        tree.set(["scenarios_differ"], .bool(comparison.scenariosDiffer))
        tree.set(["different_scenarios"], .bool(comparison.differentScenarios))
        tree.set(["regressions"], .integer(Int64(comparison.regressions.count)))
        tree.set(["improvements"], .integer(Int64(comparison.improvements.count)))
        tree.set(["metrics"], .array(comparison.rows.map(row)))
        tree.set(["scenario_diff"], .array(comparison.scenarioDiff.map { .string($0) }))
        return tree
    }

    static func run(_ view: RunView) -> JSONTree {
        .object([
            "id": view.id.map { .integer($0) } ?? .null, "scenario": .string(view.run.scenarioName),
            "seed": .unsigned(view.run.seed), "digest": .string(view.run.digest), "verdict": .string(view.run.verdict),
            "simctl_version": .string(view.run.simctlVersion),
        ])
    }

    static func row(_ row: RunComparison.Row) -> JSONTree {
        .object([
            "name": .string(row.name), "before": row.before.map { .number($0) } ?? .null,
            "after": row.after.map { .number($0) } ?? .null, "change": row.change.map { .number($0) } ?? .null,
            "relative_change": row.relativeChange.map { .number($0) } ?? .null, "direction": .string(row.direction.rawValue),
            "status": .string(row.verdict > 0 ? "improved" : row.verdict < 0 ? "regressed" : row.changed ? "changed" : "same"),
        ])
    }
}
