import ResultStore

/// The table `simctl runs` prints: stored runs, newest first.
public enum RunList {
    public static func render(_ rows: [RunRow]) -> String {
        guard !rows.isEmpty else { return "no stored runs\n" }
        var table = TextTable(alignments: [.right, .left, .left, .right, .left, .left, .right])
        table.add("run", "started (UTC)", "scenario", "seed", "verdict", "digest", "wall s")
        for row in rows {
            table.add(String(row.id), row.startedAtISO8601, row.scenarioName, String(row.seed), row.verdict, row.digest,
                      Formatting.fixed(row.wallSeconds, 2))
        }
        return table.rendered(indent: "")
    }
}
