import ResultStore

/// The human summary printed at the end of `simctl run` and by `simctl report`: what was
/// simulated, throughput, cost, latency, throttling, per-shard load, the stream's operations, a
/// sample of window results, invariants, objectives, the digest and the command that reproduces
/// the run.
public enum RunSummary {
    public static func render(_ view: RunView) -> String {
        [header(view), traffic(view), cost(view), latency(view), shards(view), streamEvents(view) + RunLeases.section(view)
            + RunInvocations.section(view),
         windows(view) + RunAnomalies.section(view) + RunSinks.section(view), verdict(view)]
            .joined(separator: "\n")
    }

    static func header(_ view: RunView) -> String {
        let run = view.run
        return """
        simctl run: \(run.scenarioName) (seed \(run.seed))
          simulated \(view.duration) + \(view.drain) drain in \(Formatting.fixed(run.wallSeconds, 2)) s wall, \
        \(Formatting.count(run.events)) events, \
        \(Formatting.count(Int64(view["records.accepted"] / max(run.wallSeconds, 1e-9)))) records/s wall

        """
    }

    static func traffic(_ view: RunView) -> String {
        var table = TextTable()
        func counts(_ label: String, _ key: String, _ otherLabel: String, _ otherKey: String) {
            table.add(label, Formatting.count(view.count(key)), otherLabel, Formatting.count(view.count(otherKey)))
        }
        counts("readings emitted", "records.emitted", "anomalies injected", "anomalies.injected")
        counts("records accepted", "records.accepted", "duplicates", "records.duplicates")
        counts("dropped by producers", "records.dropped", "in flight at end", "records.in_flight")
        if let kinesisRecords = view.metric("producer.kinesis_records") {
            table.add("KPL Kinesis records", Formatting.count(Int64(kinesisRecords)),
                      "readings per record", Formatting.fixed(view["producer.readings_per_record"], 2))
            table.add("expired (TTL)", Formatting.count(view.count("producer.expired")),
                      "unsent (offline)", Formatting.count(view.count("producer.unreachable")))
            table.add("wrong-shard retries", Formatting.count(view.count("producer.wrong_shard")),
                      "discarded by consumers", Formatting.count(view.count("producer.discarded")))
        }
        if let limit = view.metric("producer.rate_limit") {
            table.add(view.metric("producer.kinesis_records") == nil ? "rate-limited entries" : "rate-limited records",
                      Formatting.count(view.count("producer.rate_limited")),
                      "rate limit", Formatting.percent(limit) + " of a shard")
        }
        let unit = view.metric("producer.kinesis_records") == nil ? " rec/s" : " Kinesis rec/s"
        table.add("throughput", Formatting.fixed(view["throughput.records_per_second"], 1) + unit,
                  "", Formatting.fixed(view["throughput.bytes_per_second"] / 1024, 1) + " KiB/s")
        counts("PutRecords requests", "put.requests", "entries", "put.entries")
        table.add("entries throttled", Formatting.count(view.count("put.throttled_entries")),
                  "throttle rate", Formatting.percent(view["put.throttle_rate"]))
        table.add("throttling model", view.writeLimits.throttling, "", "")
        counts("retries", "put.retries", "invalid requests", "put.invalid_requests")
        if view.count("put.lost_responses") + view.count("put.timeouts") > 0 {
            counts("responses lost", "put.lost_responses", "timed out", "put.timeouts")
        }
        if view.count("put.internal_failures") > 0 {
            table.add("internal failures", Formatting.count(view.count("put.internal_failures")), "", "")
        }
        if view.count("offline.held") > 0 {
            counts("held offline", "offline.held", "dropped (queue full)", "offline.dropped")
            counts("peak queued", "offline.peak_queued", "drain requests", "offline.drain_requests")
        }
        counts("GetRecords calls", "get.calls", "throttled", "get.throttled_calls")
        return "Traffic\n" + table.rendered()
    }

    /// The cost estimate over the emission period and its monthly rate, then the same traffic
    /// priced in on-demand mode (runs stored before simctl priced it have no such line).
    static func cost(_ view: RunView) -> String {
        var table = TextTable()
        table.add("shard-hours", Formatting.fixed(view["cost.shard_hours"], 3),
                  "PUT payload units", Formatting.count(view.count("cost.put_payload_units")))
        table.add("this run", "$" + Formatting.fixed(view["cost.run_usd"], 4),
                  "per month (730 h)", "$" + Formatting.fixed(view["cost.monthly_usd"], 2))
        if let onDemandMonthly = view.metric("cost.on_demand_monthly_usd") {
            table.add("on-demand run", "$" + Formatting.fixed(view["cost.on_demand_run_usd"], 4),
                      "per month (730 h)", "$" + Formatting.fixed(onDemandMonthly, 2))
        }
        return "Cost (emission period at stream.prices)\n" + table.rendered()
    }

    static func latency(_ view: RunView) -> String {
        var table = TextTable()
        table.add("consumer", "delivered", "undelivered", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms",
                  "max iterator age ms", "max behind latest ms")
        for name in view.consumerNames {
            let percentiles = (LatencyPercentiles.all.map(\.label) + ["max"]).map { Formatting.fixed(view.latency(name, $0), 1) }
            table.rows.append([name] + ["delivered", "undelivered"].map { Formatting.count(Int64(view.consumer(name, $0))) }
                              + percentiles
                              + ["max_iterator_age_ms", "max_millis_behind_latest"].map { Formatting.count(Int64(view.consumer(name, $0))) })
        }
        return "End-to-end latency (reading emitted → consumer processed)\n" + table.rendered()
    }

    static func shards(_ view: RunView) -> String {
        var table = TextTable()
        table.add("shard", "records", "bytes", "throttled", "peak 1-s utilization")
        for shard in view.run.shards {
            table.add(shard.shardID, Formatting.count(shard.incomingRecords), Formatting.count(shard.incomingBytes),
                      Formatting.count(shard.throttledRecords), Formatting.percent(shard.peakUtilization))
        }
        return "Shards\n" + table.rendered()
    }

    /// Policy decisions, stream operations and what retention took from whom (empty when none
    /// happened).
    static func streamEvents(_ view: RunView) -> String {
        let timeline = view.run.timeline
        var lines = timeline.filter { $0.kind == .policy }.map { "  policy: " + $0.description }
            + timeline.filter { $0.kind == .reshard || $0.kind == .refused }.map { "  " + $0.description }
        for name in view.consumerNames {
            for shard in view.run.shards {
                let lost = view.count("consumers.\(name).lost_by_shard.\(shard.shardID)")
                guard lost > 0 else { continue }
                lines.append("  data loss: consumer \(name) lost \(Formatting.count(lost)) records of \(shard.shardID) "
                             + "to retention (\(shard.state ?? "?")) before reading them")
            }
        }
        return lines.isEmpty ? "" : "Stream\n" + lines.joined(separator: "\n") + "\n"
    }

    /// The last closed window of each operator, group by group (at most 8 rows each).
    static func windows(_ view: RunView) -> String {
        let operators = view.operators
        guard !operators.isEmpty else { return "Windows\n  (no window operators)\n" }
        var table = TextTable()
        table.add("consumer/op", "window", "group", "count", "avg", "min", "max")
        for (consumer, index, _) in operators {
            let results = view.run.windows.filter { $0.consumer == consumer && $0.operatorIndex == index }
            guard let lastEnd = results.last?.windowEndMs else { continue }
            for window in results.filter({ $0.windowEndMs == lastEnd }).prefix(8) {
                table.add("\(consumer)/\(index)", Formatting.window(window.windowStartMs, window.windowEndMs), window.groupKey,
                          Formatting.count(window.count), Formatting.aggregate(window.avg),
                          Formatting.aggregate(window.min), Formatting.aggregate(window.max))
            }
        }
        let late = operators.reduce(Int64(0)) { $0 + $1.lateDropped }
        return "Windows (last closed window; \(Formatting.count(view.run.windows.count)) results stored, "
            + "\(Formatting.count(late)) late records dropped\(lateWindows(view)))\n" + table.rendered()
    }

    /// `; 12 windows reached by 40 late records`, or nothing when no record came late.
    static func lateWindows(_ view: RunView) -> String {
        let late = view.run.windowLateness
        guard !late.isEmpty else { return "" }
        return "; \(Formatting.count(late.count)) windows reached by \(Formatting.count(late.reduce(0) { $0 + $1.lateRecords })) late records"
    }

    static func verdict(_ view: RunView) -> String {
        let run = view.run
        var lines = ["Invariants"]
        for invariant in run.invariants {
            lines.append("  \(invariant.isOK ? "ok      " : "VIOLATED") \(invariant.name)"
                         + (invariant.message.map { ": " + $0 + " (\(invariant.violations ?? 1) in all)" } ?? ""))
        }
        if let stopped = run.stoppedEarly { lines.append("  STOPPED  " + stopped) }
        lines.append("Objectives")
        if run.objectives.isEmpty { lines.append("  (none in the scenario's slo)") }
        for objective in run.objectives { lines.append(line(for: objective)) }
        lines.append("")
        lines.append("verdict: \(run.verdict) (exit \(run.exitCode))")
        lines.append("digest:  \(run.digest)")
        if let reproduce = run.reproduceCommand { lines.append("reproduce: \(reproduce)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `  ok       p99LatencyMs: 384.8 vs limit 1,000.0 (consumer analytics)`.
    static func line(for objective: StoredCheck) -> String {
        "  \(objective.isOK ? "ok      " : "MISSED  ") \(objective.name): \(detail(of: objective))"
    }

    /// `384.8 vs limit 1,000.0 (consumer analytics)`; runs stored before objectives kept their
    /// figures give the stored status instead.
    static func detail(of objective: StoredCheck) -> String {
        guard let measured = objective.measured, let limit = objective.limit else { return objective.message ?? objective.status }
        // Rates are fractions and need four decimals; counts and milliseconds need one.
        let decimals = limit < 1 && limit > 0 || objective.name.hasSuffix("Rate") ? 4 : 1
        let consumer = objective.consumer.map { " (consumer \($0))" } ?? ""
        return "\(Formatting.fixed(measured, decimals)) vs limit \(Formatting.fixed(limit, decimals))\(consumer)"
    }
}
