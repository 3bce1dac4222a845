/// A plan as `simctl plan` prints it: the objectives, a table of every candidate, the
/// recommendation, AWS's formula beside it, and why.
public enum PlanText {
    public static func render(_ plan: PlanDocument) -> String {
        var table = TextTable(alignments: [.right, .right, .right, .right, .right, .right, .right, .right, .left])
        table.add("shards", "seed", "records/s", "worst p99 ms", "throttle rate", "max iterator age ms", "dropped", "$/month", "verdict")
        for candidate in plan.candidates {
            let cells = PlanCells(candidate)
            table.add(String(candidate.shards), candidate.seed, cells.recordsPerSecond, cells.worstP99Ms, cells.throttleRate,
                      cells.maxIteratorAgeMs, cells.dropped, cells.monthlyUSD, cells.verdict)
        }
        let header = "simctl plan: \(plan.title)\n"
            + plan.notes.map { "note: \($0)\n" }.joined()
            + "objectives\(plan.objectives.defaulted ? " (the defaults: the scenario sets no slo)" : ""):\n"
            + plan.objectives.lines.map { "  " + $0 }.joined(separator: "\n") + "\n\ncandidates:\n"
        return header + table.rendered() + "\n" + PlanConclusion(plan).lines.joined(separator: "\n") + "\n"
    }
}

/// A candidate's figures as the plan's tables show them.
struct PlanCells {
    var recordsPerSecond, worstP99Ms, throttleRate, maxIteratorAgeMs, dropped, monthlyUSD, verdict: String

    init(_ candidate: PlanDocument.Candidate) {
        recordsPerSecond = Formatting.fixed(candidate.recordsPerSecond, 1)
        worstP99Ms = Formatting.fixed(candidate.worstP99Ms, 1)
        throttleRate = Formatting.percent(candidate.writeThrottleRate)
        maxIteratorAgeMs = Formatting.count(Int64(candidate.maxIteratorAgeMs))
        dropped = Formatting.count(Int64(candidate.dropped))
        monthlyUSD = Formatting.fixed(candidate.monthlyUSD, 2)
        verdict = candidate.passed ? "pass" : "FAIL " + candidate.verdict + (candidate.stoppedEarly == nil ? "" : ", stopped early")
    }
}

/// The plan's answer in sentences: the recommendation (or that there is none), why the count
/// below it fails, and AWS's formula beside it.
struct PlanConclusion {
    let plan: PlanDocument

    init(_ plan: PlanDocument) { self.plan = plan }

    var lines: [String] {
        let missed = plan.why.map { " (seed \($0.seed): " + $0.failures.joined(separator: "; ") + ")" } ?? ""
        guard let recommendation = plan.recommendation else {
            let why = plan.why.map { ["why: \($0.limit)\(missed)", "what would help: \($0.suggestion)"] } ?? []
            return ["recommendation: none — no shard count from \(plan.range.min) to \(plan.range.max) meets the objectives"]
                + why + [formulaLine]
        }
        let below = recommendation > plan.range.min
            ? (plan.why.map { ["why not \(recommendation - 1): \($0.limit)\(missed)"] } ?? [])
            : ["(\(recommendation) is the lower end of the range searched)"]
        return ["recommendation: \(recommendation) shard\(recommendation == 1 ? "" : "s")"] + below + costLine + [formulaLine]
            + formulaVerdicts(against: recommendation)
    }

    /// The recommendation's monthly cost against the same traffic in on-demand mode, and which is cheaper.
    var costLine: [String] {
        guard let provisioned = plan.recommendedMonthlyUSD, let onDemand = plan.recommendedOnDemandMonthlyUSD else { return [] }
        let cheaper = provisioned <= onDemand
            ? "provisioned is cheaper by $\(Formatting.fixed(onDemand - provisioned, 2))"
            : "on-demand is cheaper by $\(Formatting.fixed(provisioned - onDemand, 2))"
        return ["monthly cost: $\(Formatting.fixed(provisioned, 2)) provisioned at \(plan.recommendation!) shards; "
                + "$\(Formatting.fixed(onDemand, 2)) for the same traffic in on-demand mode — \(cheaper)"]
    }

    /// Each of the formula's answers judged against the recommendation: enough, too many, or
    /// short, with what the formula leaves out that made it short.
    func formulaVerdicts(against recommendation: Int) -> [String] {
        [("rounded up to 1 KiB", plan.formula.roundedShards), ("on raw bytes", plan.formula.rawShards)].map { variant, shards in
            let verdict = if shards < recommendation {
                "\(recommendation - shards) short" + (plan.why.map { ": \($0.formulaBlindSpot)" } ?? "")
            } else if shards > recommendation {
                "\(shards - recommendation) more than needed"
            } else {
                "exactly the recommendation"
            }
            return "  the formula \(variant) says \(shards): \(verdict)"
        }
    }

    var formulaLine: String {
        let formula = plan.formula
        return "AWS's formula: \(formula.roundedShards) with the average record rounded up to 1 KiB, "
            + "\(formula.rawShards) on raw bytes (\(Formatting.fixed(formula.recordsPerSecond, 1)) records/s of "
            + "\(Formatting.fixed(formula.averageRecordBytes, 1)) B on average, \(formula.consumers) consumer\(formula.consumers == 1 ? "" : "s"))"
    }
}
