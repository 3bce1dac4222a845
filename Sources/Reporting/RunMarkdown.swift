import ResultStore

/// A compact Markdown report of a run, for a CI step summary or a pull-request comment: the
/// verdict, headline figures, objectives, invariants, per-consumer latency, per-shard load and
/// the command that reproduces the run.
public enum RunMarkdown {
    public static func render(_ view: RunView) -> String {
        [heading(view), headline(view), checks(view), violations(view), latency(view), shards(view), RunLeases.markdown(view), RunInvocations.markdown(view), RunAnomalies.markdown(view), RunSinks.markdown(view),
         reproduce(view)]
            .filter { !$0.isEmpty }.joined(separator: "\n")
    }

    static func heading(_ view: RunView) -> String {
        let run = view.run
        let mark = run.verdict == "pass" ? "✅" : "❌"
        let id = view.id.map { "run \($0), " } ?? ""
        return """
        ## \(mark) simctl: \(MarkdownTable.escaped(run.scenarioName)) — \(run.verdict) (exit \(run.exitCode))

        \(id)seed \(run.seed), digest `\(run.digest)`, simulated \(view.duration) + \(view.drain) drain, simctl \(run.simctlVersion)

        """
    }

    static func headline(_ view: RunView) -> String {
        var table = MarkdownTable(header: ["figure", "value"], alignments: [.left, .right])
        table.add("throughput", Formatting.fixed(view["throughput.records_per_second"], 1) + " records/s")
        table.add("records accepted", Formatting.count(view.count("records.accepted")))
        if let producer = HtmlHeadline.producerFigure(view) { table.add("producer", producer) }
        table.add("entries throttled", Formatting.count(view.count("put.throttled_entries"))
                  + " (" + Formatting.percent(view["put.throttle_rate"]) + ", \(view.writeLimits.throttling) model)")
        table.add("dropped by producers", Formatting.count(view.count("records.dropped")))
        if view.count("offline.held") > 0 { table.add("held offline", HtmlHeadline.offlineFigure(view)) }
        table.add("lost to retention", Formatting.count(view.count("records.lost")))
        table.add("duplicates", Formatting.count(view.count("records.duplicates")))
        table.add("GetRecords throttled", Formatting.count(view.count("get.throttled_calls")))
        table.add("cost per month", "$" + Formatting.fixed(view["cost.monthly_usd"], 2))
        return table.rendered()
    }

    static func checks(_ view: RunView) -> String {
        var table = MarkdownTable(header: ["check", "status", "detail"], alignments: [.left, .left, .left])
        for objective in view.run.objectives {
            table.add("objective `\(objective.name)`", objective.isOK ? "ok" : "**missed**",
                      RunSummary.detail(of: objective))
        }
        for invariant in view.run.invariants {
            let detail = invariant.message.map { "\($0) (\(invariant.violations ?? 1) in all)" } ?? ""
            table.add("invariant `\(invariant.name)`", invariant.isOK ? "ok" : "**violated**", detail)
        }
        return table.rendered()
    }

    /// The first violations of each violated invariant, as its checker kept them.
    static func violations(_ view: RunView) -> String {
        guard !view.run.violations.isEmpty else { return "" }
        let items = view.run.violations.map { "- `\($0.invariant)`: \(MarkdownTable.escaped($0.message))" }
        return "### First violations\n\n" + items.joined(separator: "\n") + "\n"
    }

    static func latency(_ view: RunView) -> String {
        var table = MarkdownTable(header: ["consumer", "delivered", "p50 ms", "p99 ms", "p99.9 ms", "max ms", "max iterator age ms"],
                                  alignments: [.left] + Array(repeating: .right, count: 6))
        for name in view.consumerNames {
            table.add([name, Formatting.count(Int64(view.consumer(name, "delivered")))]
                      + ["p50", "p99", "p999", "max"].map { Formatting.fixed(view.latency(name, $0), 1) }
                      + [Formatting.count(Int64(view.consumer(name, "max_iterator_age_ms")))])
        }
        return "### Latency (reading emitted → consumer processed)\n\n" + table.rendered()
    }

    static func shards(_ view: RunView) -> String {
        var table = MarkdownTable(header: ["shard", "state", "records", "throttled", "peak 1-s utilization"],
                                  alignments: [.left, .left, .right, .right, .right])
        for shard in view.run.shards {
            table.add(shard.shardID, shard.state ?? "", Formatting.count(shard.incomingRecords),
                      Formatting.count(shard.throttledRecords), Formatting.percent(shard.peakUtilization))
        }
        return "### Shards\n\n" + table.rendered()
    }

    static func reproduce(_ view: RunView) -> String {
        guard let command = view.run.reproduceCommand else { return "" }
        return "Reproduce:\n\n```sh\n\(command)\n```\n"
    }
}
