/// A plan as Markdown (`simctl plan --format md`): for a pull request or a step summary.
public enum PlanMarkdown {
    public static func render(_ plan: PlanDocument) -> String {
        var table = MarkdownTable(header: ["shards", "seed", "records/s", "worst p99 ms", "throttle rate", "max iterator age ms",
                                           "dropped", "$/month", "verdict"],
                                  alignments: [.right, .right, .right, .right, .right, .right, .right, .right, .left])
        for candidate in plan.candidates {
            let cells = PlanCells(candidate)
            table.add(String(candidate.shards), candidate.seed, cells.recordsPerSecond, cells.worstP99Ms, cells.throttleRate,
                      cells.maxIteratorAgeMs, cells.dropped, cells.monthlyUSD, cells.verdict)
        }
        let notes = plan.notes.map { "> note: \($0)\n" }.joined()
        let objectives = "Objectives\(plan.objectives.defaulted ? " (the defaults: the scenario sets no `slo`)" : ""):\n\n"
            + plan.objectives.lines.map { "- " + $0 + "\n" }.joined()
        let conclusion = PlanConclusion(plan).lines.map { "- " + $0 + "\n" }.joined()
        return "## simctl plan: \(plan.title)\n\n" + (notes.isEmpty ? "" : notes + "\n") + objectives + "\n"
            + table.rendered() + "\n" + conclusion
    }
}
