import ResultStore

/// The table `simctl runs` prints, and its JSON: stored runs, newest first.
public enum RunList {
    public static func render(_ rows: [RunRow]) -> String {
        guard !rows.isEmpty else { return "no stored runs\n" }
        var table = TextTable(alignments: [.right, .left, .left, .right, .left, .right, .right, .left, .right, .right])
        table.add("run", "started (UTC)", "scenario", "seed", "verdict", "records/s", "worst p99 ms", "digest", "wall s", "plan")
        for row in rows {
            table.add(String(row.id), row.startedAtISO8601, row.scenarioName, String(row.seed), row.verdict,
                      row.throughputRecordsPerSecond.map { Formatting.fixed($0, 1) } ?? "—",
                      row.worstP99Ms.map { Formatting.fixed($0, 1) } ?? "—", row.digest, Formatting.fixed(row.wallSeconds, 2),
                      row.planID.map(String.init) ?? "—")
        }
        return table.rendered(indent: "")
    }

    /// `{"schema": "simctl.runs.v1", "runs": [...]}`, one object per run with the table's columns
    /// (`plan_id` is null for a run of its own).
    public static func json(_ rows: [RunRow]) -> String {
        let runs = rows.map { row in
            JSONTree.object([
                "id": .integer(row.id), "started_at": .string(row.startedAtISO8601), "scenario": .string(row.scenarioName),
                "seed": .unsigned(row.seed), "verdict": .string(row.verdict), "digest": .string(row.digest),
                "wall_seconds": .number(row.wallSeconds),
                "throughput_records_per_second": row.throughputRecordsPerSecond.map { .number($0) } ?? .null,
                "worst_p99_ms": row.worstP99Ms.map { .number($0) } ?? .null,
                "plan_id": row.planID.map { .integer($0) } ?? .null,
            ])
        }
        return JSONTree.object(["schema": .string("simctl.runs.v1"), "runs": .array(runs)]).rendered()
    }
}
