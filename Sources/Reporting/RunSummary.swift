import AnalyticsModel
import Metrics
import SimHarness

/// The human summary printed at the end of `simctl run`: what was simulated, throughput, cost,
/// latency, throttling, per-shard load, a sample of window results, invariants, objectives,
/// the digest and the command that reproduces the run.
public enum RunSummary {
    public static func render(_ report: RunReport) -> String {
        [header(report), traffic(report), cost(report), latency(report), shards(report), streamEvents(report),
         windows(report), verdict(report)]
            .joined(separator: "\n")
    }

    static func header(_ report: RunReport) -> String {
        let result = report.result
        return """
        simctl run: \(report.scenario.spec.name) (seed \(result.seed))
          simulated \(result.duration) + \(result.drain) drain in \(Formatting.fixed(report.wallSeconds, 2)) s wall, \
        \(Formatting.count(result.events)) events, \
        \(Formatting.count(Int64(Double(result.metrics.accepted) / max(report.wallSeconds, 1e-9)))) records/s wall

        """
    }

    static func traffic(_ report: RunReport) -> String {
        let result = report.result
        let metrics = result.metrics
        var table = TextTable()
        table.add("readings emitted", Formatting.count(result.fleet.emitted),
                  "anomalies injected", Formatting.count(result.fleet.anomaliesInjected))
        table.add("records accepted", Formatting.count(metrics.accepted), "duplicates", Formatting.count(metrics.duplicates))
        table.add("dropped by producers", Formatting.count(result.fleet.dropped), "in flight at end", Formatting.count(result.inFlight))
        table.add("throughput", Formatting.fixed(result.throughputRecordsPerSecond, 1) + " rec/s",
                  "", Formatting.fixed(result.throughputBytesPerSecond / 1024, 1) + " KiB/s")
        table.add("PutRecords requests", Formatting.count(metrics.putRequests), "entries", Formatting.count(metrics.putEntries))
        table.add("entries throttled", Formatting.count(metrics.throttledEntries), "throttle rate", Formatting.percent(metrics.throttleRate))
        table.add("retries", Formatting.count(result.fleet.retries), "invalid requests", Formatting.count(metrics.invalidRequests))
        if metrics.internalFailures > 0 {
            table.add("internal failures", Formatting.count(metrics.internalFailures), "", "")
        }
        table.add("GetRecords calls", Formatting.count(metrics.getCalls), "throttled", Formatting.count(metrics.throttledGetCalls))
        return "Traffic\n" + table.rendered()
    }

    /// The cost estimate over the emission period and its monthly rate (`CostEstimate`).
    static func cost(_ report: RunReport) -> String {
        let cost = report.result.cost
        var table = TextTable()
        table.add("shard-hours", Formatting.fixed(cost.shardHours, 3), "PUT payload units", Formatting.count(cost.putPayloadUnits))
        table.add("this run", "$" + Formatting.fixed(cost.runUSD, 4), "per month (730 h)", "$" + Formatting.fixed(cost.monthlyUSD, 2))
        return "Cost (emission period at stream.prices)\n" + table.rendered()
    }

    static func latency(_ report: RunReport) -> String {
        var table = TextTable()
        table.add("consumer", "delivered", "undelivered", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms",
                  "max iterator age ms", "max behind latest ms")
        for (index, name) in report.result.consumerNames.enumerated() {
            let consumer = report.result.metrics.consumers[index]
            let cells = LatencyPercentiles.all.map { Formatting.fixed(consumer.latency.milliseconds(atPercentile: $0.percentile), 1) }
            table.rows.append([name, Formatting.count(consumer.delivered), Formatting.count(report.result.undelivered[index])] + cells
                              + [Formatting.fixed(consumer.latency.maxMilliseconds, 1), Formatting.count(consumer.maxIteratorAgeMs),
                                 Formatting.count(consumer.maxMillisBehindLatest)])
        }
        return "End-to-end latency (reading emitted → consumer processed)\n" + table.rendered()
    }

    static func shards(_ report: RunReport) -> String {
        var table = TextTable()
        table.add("shard", "records", "bytes", "throttled", "peak 1-s utilization")
        for (index, id) in report.result.shardIDs.enumerated() {
            let load = report.result.metrics.shards[index]
            table.add(id, Formatting.count(load.incomingRecords), Formatting.count(load.incomingBytes),
                      Formatting.count(load.throttledRecords), Formatting.percent(load.peakUtilization))
        }
        return "Shards\n" + table.rendered()
    }

    /// Stream operations and what retention took from whom (empty when neither happened).
    static func streamEvents(_ report: RunReport) -> String {
        let result = report.result
        var lines = result.scalingDecisions.map { "  policy: " + $0 } + result.reshards.map { "  " + $0.description }
        for (consumer, name) in result.consumerNames.enumerated() {
            for (shard, lost) in result.lostPerConsumerShard[consumer].enumerated() where lost > 0 {
                lines.append("  data loss: consumer \(name) lost \(Formatting.count(lost)) records of \(result.shardIDs[shard]) "
                             + "to retention (\(result.shards[shard].state)) before reading them")
            }
        }
        return lines.isEmpty ? "" : "Stream\n" + lines.joined(separator: "\n") + "\n"
    }

    /// The last closed window of each operator, group by group (at most 8 rows each).
    static func windows(_ report: RunReport) -> String {
        guard !report.result.windows.isEmpty else { return "Windows\n  (no analytics operators)\n" }
        var table = TextTable()
        table.add("consumer/op", "window", "group", "count", "avg", "min", "max")
        for windows in report.result.windows {
            guard let lastEnd = windows.results.last?.end else { continue }
            for result in windows.results.filter({ $0.end == lastEnd }).prefix(8) {
                table.add("\(windows.consumer)/\(windows.operatorIndex)", Formatting.window(result.start, result.end),
                          groupLabel(result.group, by: windows.grouping), Formatting.count(result.count),
                          Formatting.fixed(result.average, 2), Formatting.fixed(result.min, 2), Formatting.fixed(result.max, 2))
            }
        }
        let late = report.result.windows.reduce(UInt64(0)) { $0 + $1.lateDropped }
        let closed = report.result.windows.reduce(0) { $0 + $1.results.count }
        return "Windows (last closed window; \(Formatting.count(closed)) results stored, \(Formatting.count(late)) late records dropped)\n"
            + table.rendered()
    }

    static func verdict(_ report: RunReport) -> String {
        var lines = ["Invariants"]
        for invariant in report.result.invariants {
            lines.append("  \(invariant.holds ? "ok      " : "VIOLATED") \(invariant.name)"
                         + (invariant.firstViolation.map { ": " + $0 + " (\(invariant.violations) in all)" } ?? ""))
        }
        if let stopped = report.result.stoppedEarly { lines.append("  STOPPED  " + stopped) }
        lines.append("Objectives")
        if report.objectives.isEmpty { lines.append("  (none in the scenario's slo)") }
        for objective in report.objectives {
            // Rates are fractions and need four decimals; counts and milliseconds need one.
            let decimals = objective.limit < 1 && objective.limit > 0 || objective.name.hasSuffix("Rate") ? 4 : 1
            let detail = objective.consumer.map { " (consumer \($0))" } ?? ""
            lines.append("  \(objective.met ? "ok      " : "MISSED  ") \(objective.name): "
                         + "\(Formatting.fixed(objective.measured, decimals)) vs limit "
                         + "\(Formatting.fixed(objective.limit, decimals))\(detail)")
        }
        lines.append("")
        lines.append("verdict: \(report.verdict.rawValue) (exit \(report.verdict.exitCode))")
        lines.append("digest:  \(report.result.digest)")
        lines.append("reproduce: \(report.reproduceCommand)")
        return lines.joined(separator: "\n") + "\n"
    }
}
