/// What `simctl gate` prints and writes: a table per scenario (metric, baseline, now, change,
/// tolerance, status), as text, Markdown (a CI step summary) or JUnit XML (a test case per
/// scenario and metric, so CI systems show each regression by name).
public enum GateReport {
    public static func text(_ evaluations: [GateEvaluation], strict: Bool) -> String {
        evaluations.map { evaluation in
            let rows = shown(evaluation)
            guard !rows.isEmpty else {
                return heading(evaluation, strict: strict) + "\n  all \(evaluation.rows.count) gated metrics as in the baseline\n\n"
            }
            var table = TextTable(alignments: [.left, .right, .right, .right, .right, .right, .left])
            table.add("metric", "baseline", "now", "change", "%", "tolerance", "status")
            for row in rows { table.rows.append([row.metric] + cells(row) + [row.status.rawValue.uppercased()]) }
            let spread = evaluation.speedSpread.map { "  " + $0 + "\n" }.joined()
            return heading(evaluation, strict: strict) + "\n" + table.rendered() + spread + "\n"
        }.joined() + verdict(evaluations, strict: strict) + "\n"
    }

    public static func markdown(_ evaluations: [GateEvaluation], strict: Bool) -> String {
        "## simctl gate: " + verdict(evaluations, strict: strict) + "\n\n" + evaluations.map { evaluation in
            var table = MarkdownTable(header: ["metric", "baseline", "now", "change", "%", "tolerance", "status"],
                                      alignments: [.left, .right, .right, .right, .right, .right, .left])
            for row in shown(evaluation) {
                table.add(["`\(row.metric)`"] + cells(row) + [row.status == .regressed ? "**regressed**" : row.status.rawValue])
            }
            let shownNote = evaluation.speed == nil ? "every one that moved" : "every one that moved, and the wall speed"
            let note = "\(evaluation.rows.count) metrics gated; shown: \(shownNote)"
            let spread = evaluation.speedSpread.map { "\n- " + MarkdownTable.escaped($0) }.joined()
            return "### " + MarkdownTable.escaped(heading(evaluation, strict: strict)) + "\n\n"
                + (table.rows.isEmpty ? "No gated metric moved.\n" : table.rendered()) + "\n" + note + spread + "\n\n"
        }.joined()
    }

    /// JUnit XML: one `<testsuite>` per scenario, one `<testcase>` per gated metric, and one for
    /// the run's own verdict; a regression or a missing metric is a `<failure>`.
    public static func junit(_ evaluations: [GateEvaluation], strict: Bool) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"simctl gate\">\n"
        for evaluation in evaluations {
            let suite = HtmlEscaping.escaped(evaluation.scenario.path)
            let failures = evaluation.regressions.count + evaluation.missing.count + (evaluation.run.run.verdict == "pass" ? 0 : 1)
            xml += "  <testsuite name=\"\(suite)\" tests=\"\(evaluation.rows.count + 1)\" failures=\"\(failures)\">\n"
            xml += testCase(suite, "verdict", failure: evaluation.run.run.verdict == "pass" ? nil
                            : "the run's verdict is \(evaluation.run.run.verdict) (exit \(evaluation.run.run.exitCode))")
            for row in evaluation.rows {
                let failure: String? = switch row.status {
                case .regressed: regression(row, of: evaluation)
                case .missing: "\(row.metric) is in the baseline but not in this run"
                case .pass, .improved: nil
                }
                xml += testCase(suite, row.metric, failure: failure)
            }
            xml += "  </testsuite>\n"
        }
        return xml + "</testsuites>\n"
    }

    /// `metric regressed: baseline | now | change | % | tolerance`; the wall speed's with its spread.
    static func regression(_ row: GateEvaluation.Row, of evaluation: GateEvaluation) -> String {
        let figures = "\(row.metric) regressed: " + cells(row).joined(separator: " | ")
        guard row.wallClock else { return figures }
        return ([figures] + evaluation.speedSpread).joined(separator: "; ")
    }

    static func testCase(_ suite: String, _ name: String, failure: String?) -> String {
        let open = "    <testcase classname=\"\(suite)\" name=\"\(HtmlEscaping.escaped(name))\""
        guard let failure else { return open + "/>\n" }
        let message = HtmlEscaping.escaped(failure)
        return open + ">\n      <failure message=\"\(message)\">\(message)</failure>\n    </testcase>\n"
    }

    /// Rows worth a line: every metric that moved beyond rounding or failed (a gate of 200
    /// unchanged metrics would bury the one that matters), and the wall speed, which `--perf` asked for.
    static func shown(_ evaluation: GateEvaluation) -> [GateEvaluation.Row] {
        evaluation.rows.filter { $0.status != .pass || $0.wallClock }
    }

    static func cells(_ row: GateEvaluation.Row) -> [String] {
        [ComparisonText.value(row.baseline), ComparisonText.value(row.now), ComparisonText.signed(row.change),
         ComparisonText.percent(row.relativeChange), tolerance(row.tolerance)]
    }

    static func tolerance(_ tolerance: Tolerance) -> String {
        let relative = tolerance.relative > 0 ? "±" + Formatting.fixed(tolerance.relative * 100, 1) + "%" : ""
        let absolute = tolerance.absolute > 0 ? "±" + ComparisonText.value(tolerance.absolute) : ""
        let parts = [relative, absolute].filter { !$0.isEmpty }
        return parts.isEmpty ? "none" : parts.joined(separator: " or ")
    }

    static func heading(_ evaluation: GateEvaluation, strict: Bool) -> String {
        let run = evaluation.run.run
        var notes: [String] = []
        if evaluation.scenarioChanged { notes.append("scenario file changed since the baseline") }
        if evaluation.digestChanged { notes.append("digest \(evaluation.scenario.digest) → \(run.digest)") }
        let code = evaluation.exitCode(strict: strict)
        return "\(evaluation.scenario.path) (\(run.scenarioName), seed \(run.seed)): \(code == 0 ? "pass" : "FAIL (exit \(code))"), "
            + "run verdict \(run.verdict), \(evaluation.regressions.count) regressed, \(evaluation.improvements.count) improved"
            + (notes.isEmpty ? "" : "; " + notes.joined(separator: "; "))
    }

    /// The gate's overall line; its exit code is the worst scenario's (`exitCode(of:)`).
    static func verdict(_ evaluations: [GateEvaluation], strict: Bool) -> String {
        let code = exitCode(of: evaluations, strict: strict)
        let failed = evaluations.filter { $0.exitCode(strict: strict) != 0 }.count
        let scenarios = "\(evaluations.count) scenario\(evaluations.count == 1 ? "" : "s")"
        return code == 0 ? "gate: pass (\(scenarios))" : "gate: FAIL (exit \(code)), \(failed) of \(scenarios) failed"
    }

    /// The worst scenario's code, by the spec's precedence: an invariant (1), then data loss (3),
    /// then a regression or missed objective (2).
    public static func exitCode(of evaluations: [GateEvaluation], strict: Bool) -> Int32 {
        let codes = Set(evaluations.map { $0.exitCode(strict: strict) })
        return [1, 3, 2].first { codes.contains($0) } ?? 0
    }
}
