/// `simctl report plan:ID --format html`: the capacity curve — shards against the worst p99,
/// the write throttle rate and the monthly cost, the objectives as dashed lines, the
/// recommendation marked — then every candidate and the reasons, on one self-contained page
/// like a run's (`HtmlDocument`).
public enum PlanHtml {
    public static func render(_ plan: PlanDocument) -> String {
        let curve = PlanCurve(plan)
        let sections = [
            HtmlSection(id: "answer", title: "Recommendation",
                        body: PlanConclusion(plan).lines.map { HtmlSection.paragraph($0) }.joined()
                            + plan.notes.map { HtmlSection.paragraph("note: \($0)") }.joined()),
            HtmlSection(id: "curve", title: "Capacity curve", body: curve.latency + curve.throttling + curve.cost),
            HtmlSection(id: "candidates", title: "Candidates", body: candidates(plan)),
            HtmlSection(id: "objectives", title: "Objectives",
                        body: plan.objectives.lines.map { HtmlSection.paragraph($0) }.joined()
                            + (plan.objectives.defaulted ? HtmlSection.paragraph("the defaults: the scenario sets no slo") : "")),
        ]
        return HtmlDocument.page(title: "simctl plan: \(plan.title) — " + (plan.recommendation.map { "\($0) shard\($0 == 1 ? "" : "s")" } ?? "no answer"),
                                 sections: sections)
    }

    static func candidates(_ plan: PlanDocument) -> String {
        var table = HtmlTable(["shards", "seed", "records/s", "worst p99 ms", "throttle rate", "max iterator age ms", "dropped",
                               "$/month", "verdict", "stopped early"], numericFrom: 0)
        for candidate in plan.candidates {
            let cells = PlanCells(candidate)
            table.add([String(candidate.shards), candidate.seed, cells.recordsPerSecond, cells.worstP99Ms, cells.throttleRate,
                       cells.maxIteratorAgeMs, cells.dropped, cells.monthlyUSD], numericFrom: 0)
            table.rows[table.rows.count - 1] += [
                HtmlTable.Cell(text: cells.verdict, style: candidate.passed ? "ok" : "bad"),
                HtmlTable.Cell(text: candidate.stoppedEarly ?? ""),
            ]
        }
        return table.html
    }
}

/// The capacity curve's three charts. Each shard count is drawn at its worst seed: a count
/// passes only when every seed does.
struct PlanCurve {
    let plan: PlanDocument
    /// Shard counts tried, ascending, each with its worst seed's figures.
    let counts: [Point]

    struct Point {
        var shards: Double
        var p99Ms: Double
        var throttlePercent: Double
        var monthlyUSD: Double
    }

    init(_ plan: PlanDocument) {
        self.plan = plan
        var worst: [Int: Point] = [:]
        for candidate in plan.candidates {
            let seen = worst[candidate.shards] ?? Point(shards: Double(candidate.shards), p99Ms: 0, throttlePercent: 0, monthlyUSD: 0)
            worst[candidate.shards] = Point(shards: seen.shards, p99Ms: max(seen.p99Ms, candidate.worstP99Ms),
                                            throttlePercent: max(seen.throttlePercent, 100 * candidate.writeThrottleRate),
                                            monthlyUSD: max(seen.monthlyUSD, candidate.monthlyUSD))
        }
        counts = worst.keys.sorted().map { worst[$0]! }
    }

    var latency: String {
        chart(id: "plan-p99", title: "Worst p99 end-to-end latency", unit: "ms", values: counts.map { ($0.shards, $0.p99Ms) },
              reference: plan.objectives.p99LatencyMs.map { ("objective", $0) })
    }

    var throttling: String {
        chart(id: "plan-throttle", title: "Write throttle rate", unit: "%", values: counts.map { ($0.shards, $0.throttlePercent) },
              reference: plan.objectives.maxWriteThrottleRate.map { ("objective", $0 * 100) })
    }

    /// Provisioned cost against shards; the same traffic in on-demand mode as a dashed line.
    var cost: String {
        let onDemand = plan.candidates.map(\.onDemandMonthlyUSD).max() ?? 0
        return chart(id: "plan-cost", title: "Monthly cost (provisioned)", unit: "USD", values: counts.map { ($0.shards, $0.monthlyUSD) },
                     reference: ("on-demand, same traffic", onDemand))
    }

    /// One figure against shards, a reference (the objective) as a dashed line across, the
    /// recommendation as a mark.
    func chart(id: String, title: String, unit: String, values: [(Double, Double)], reference: (name: String, value: Double)?) -> String {
        let xs = values.map(\.0)
        let low = max(0, (xs.min() ?? 1) - 1), high = (xs.max() ?? 1) + 1
        let top = max(values.map(\.1).max() ?? 0, (reference?.value ?? 0) * 1.1, 1e-9)
        var series = [ChartSeries(name: title.lowercased(), points: values.map { ChartPoint(x: $0.0, y: $0.1) }, dots: true)]
        if let reference {
            series.append(ChartSeries(name: reference.name, points: [ChartPoint(x: low, y: reference.value), ChartPoint(x: high, y: reference.value)],
                                      dashed: true))
        }
        let marks = plan.recommendation.map {
            [ChartMark(x: Double($0), letter: "R", description: "recommendation: \($0) shards")]
        } ?? []
        return LineChart(id: id, title: title, x: .linear("shards", from: low, upTo: high, roundedUp: false),
                         y: .linear(unit, upTo: top), series: series, marks: marks).svg
    }
}
