import ResultStore

/// The sections that say how the run went before any chart: the verdict with the headline
/// figures, every invariant and objective with its message, and the cost.
enum HtmlHeadline {
    /// Readings gateways held while offline, with how many the full queues gave up and the peak.
    static func offlineFigure(_ view: RunView) -> String {
        Formatting.count(view.count("offline.held")) + " (" + Formatting.count(view.count("offline.dropped"))
            + " dropped, peak " + Formatting.count(view.count("offline.peak_queued")) + ")"
    }

    /// The producer's side, when it has one to tell: the KPL's records, readings each and what
    /// it expired or retried on the wrong shard; a rate limit's held-back entries. Nil otherwise.
    static func producerFigure(_ view: RunView) -> String? {
        var parts: [String] = []
        if let records = view.metric("producer.kinesis_records") {
            parts.append(Formatting.count(Int64(records)) + " KPL records of " + Formatting.fixed(view["producer.readings_per_record"], 2)
                         + " readings, " + Formatting.count(view.count("producer.expired")) + " expired, "
                         + Formatting.count(view.count("producer.wrong_shard")) + " wrong-shard retries")
        }
        if let limit = view.metric("producer.rate_limit") {
            parts.append(Formatting.count(view.count("producer.rate_limited")) + " held back by a rate limit of "
                         + Formatting.percent(limit) + " of a shard")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    static func headline(_ view: RunView) -> HtmlSection {
        let run = view.run
        let worstP99 = view.worstConsumer("latency.e2e_ms.p99")
        let worstAge = view.worstConsumer("max_iterator_age_ms")
        var figures: [(String, String)] = [
            ("throughput", Formatting.fixed(view["throughput.records_per_second"], 1) + " records/s"),
            ("records accepted", Formatting.count(view.count("records.accepted"))),
            ("entries throttled", Formatting.count(view.count("put.throttled_entries")) + " (" + Formatting.percent(view["put.throttle_rate"]) + ")"),
            ("dropped by producers", Formatting.count(view.count("records.dropped"))),
            ("lost to retention", Formatting.count(view.count("records.lost"))),
            ("duplicates", Formatting.count(view.count("records.duplicates"))),
            ("worst p99 latency", Formatting.fixed(worstP99, 1) + " ms"),
            ("max iterator age", Formatting.count(Int64(worstAge)) + " ms"),
            ("cost per month", "$" + Formatting.fixed(view["cost.monthly_usd"], 2)),
        ]
        if view.count("offline.held") > 0 { figures.insert(("held offline", offlineFigure(view)), at: 4) }
        if let producer = producerFigure(view) { figures.insert(("producer", producer), at: 2) }
        let cards = figures.map { label, value in
            "<div class=\"card\"><div class=\"label\">\(HtmlEscaping.escaped(label))</div><div class=\"value\">\(HtmlEscaping.escaped(value))</div></div>\n"
        }.joined()
        let verdict = "<p><span class=\"verdict \(run.verdict == "pass" ? "pass" : "fail")\">verdict: "
            + "\(HtmlEscaping.escaped(run.verdict)) (exit \(run.exitCode))</span></p>\n"
        let meta = "seed \(run.seed) · digest \(run.digest) · simulated \(view.duration) + \(view.drain) drain in "
            + "\(Formatting.fixed(run.wallSeconds, 2)) s wall · \(Formatting.count(run.events)) events · simctl \(run.simctlVersion) "
            + "(\(run.gitCommit)) · started \(run.startedAtISO8601)" + (view.id.map { " · run \($0)" } ?? "")
        let stopped = run.stoppedEarly.map { HtmlSection.paragraph("stopped early: " + $0, style: "bad") } ?? ""
        return HtmlSection(id: "headline", title: "Verdict and headline figures",
                           body: verdict + HtmlSection.paragraph(meta, style: "meta") + stopped + "<div class=\"cards\">\n\(cards)</div>\n")
    }

    static func checks(_ view: RunView) -> HtmlSection {
        var table = HtmlTable(["check", "name", "status", "detail"])
        func add(_ kind: String, _ check: StoredCheck, detail: String) {
            table.add([kind, check.name, check.status, detail])
            table.rows[table.rows.count - 1][2].style = check.isOK ? "ok" : "bad"
        }
        for invariant in view.run.invariants {
            add("invariant", invariant, detail: invariant.message.map { "\($0) (\(invariant.violations ?? 1) in all)" } ?? "")
        }
        for objective in view.run.objectives { add("objective", objective, detail: RunSummary.detail(of: objective)) }
        let none = view.run.objectives.isEmpty ? HtmlSection.paragraph("No objectives: the scenario has no slo.") : ""
        return HtmlSection(id: "checks", title: "Invariants and objectives", body: table.html + none)
    }

    static func cost(_ view: RunView) -> HtmlSection {
        var table = HtmlTable(["item", "value"], numericFrom: 1)
        table.add(["shard-hours", Formatting.fixed(view["cost.shard_hours"], 3)], numericFrom: 1)
        table.add(["PUT payload units", Formatting.count(view.count("cost.put_payload_units"))], numericFrom: 1)
        table.add(["this run", "$" + Formatting.fixed(view["cost.run_usd"], 4)], numericFrom: 1)
        table.add(["per month (730 h)", "$" + Formatting.fixed(view["cost.monthly_usd"], 2)], numericFrom: 1)
        if let onDemandMonthly = view.metric("cost.on_demand_monthly_usd") {
            table.add(["on-demand: this run", "$" + Formatting.fixed(view["cost.on_demand_run_usd"], 4)], numericFrom: 1)
            table.add(["on-demand: per month (730 h)", "$" + Formatting.fixed(onDemandMonthly, 2)], numericFrom: 1)
        }
        return HtmlSection(id: "cost", title: "Cost (emission period at stream.prices)", body: table.html)
    }
}
