import ResultStore

/// Anomaly detection as the summary and the reports show it: per anomaly operator, its flags
/// against the injected ground truth (anomalies seen, flagged, precision, recall, F1) and how
/// long after emission the flags came, overall and per device kind.
enum RunAnomalies {
    static let header = ["consumer/op", "kind", "anomalies", "flagged", "precision", "recall", "F1", "delay p50", "delay p95"]

    /// One row per operator (kind `all`) and per device kind it scored, from the stored keys.
    static func rows(_ view: RunView) -> [[String]] {
        view.operators(havingKey: ".anomalies.flagged").flatMap { consumer, index -> [[String]] in
            let prefix = "consumers.\(consumer).operators.\(index).anomalies."
            let overall = row("\(consumer)/\(index)", "all", anomalies: view[prefix + "true_positives"] + view[prefix + "false_negatives"],
                              view, prefix: prefix)
            return [overall] + kinds(view, prefix: prefix).map { kind in
                row("", kind, anomalies: view[prefix + "by_kind.\(kind).anomalies"], view, prefix: prefix + "by_kind.\(kind).")
            }
        }
    }

    static func row(_ label: String, _ kind: String, anomalies: Double, _ view: RunView, prefix: String) -> [String] {
        [label, kind, Formatting.count(Int64(anomalies)), Formatting.count(Int64(view[prefix + "flagged"])),
         Formatting.percent(view[prefix + "precision"]), Formatting.percent(view[prefix + "recall"]),
         Formatting.fixed(view[prefix + "f1"], 3)]
            + ["p50", "p95"].map { Formatting.fixed(view[prefix + "delay_ms.\($0)"], 0) + " ms" }
    }

    /// The device kinds an operator scored, in the order the keys sort.
    static func kinds(_ view: RunView, prefix: String) -> [String] {
        let kindPrefix = prefix + "by_kind."
        return view.run.metrics.compactMap { metric in
            guard metric.name.hasPrefix(kindPrefix), metric.name.hasSuffix(".anomalies") else { return nil }
            return String(metric.name.dropFirst(kindPrefix.count).dropLast(".anomalies".count))
        }.sorted()
    }

    /// The summary's section (empty without anomaly operators).
    static func section(_ view: RunView) -> String {
        let rows = rows(view)
        guard !rows.isEmpty else { return "" }
        var table = TextTable(alignments: [.left, .left])
        table.add(header)
        for row in rows { table.add(row) }
        return "Anomaly detection (flags against the injected anomalies)\n" + table.rendered()
    }

    static func markdown(_ view: RunView) -> String {
        let rows = rows(view)
        guard !rows.isEmpty else { return "" }
        var table = MarkdownTable(header: header, alignments: [.left, .left] + Array(repeating: .right, count: header.count - 2))
        for row in rows { table.add(row) }
        return "### Anomaly detection\n\n" + table.rendered()
    }

    static func html(_ view: RunView) -> [HtmlSection] {
        let rows = rows(view)
        guard !rows.isEmpty else { return [] }
        var table = HtmlTable(header, numericFrom: 2)
        for row in rows { table.add(row, numericFrom: 2) }
        let note = HtmlSection.paragraph("Each reading the operator scored, compared with the injected ground truth; "
            + "delay is from the reading's emission to its flag (true positives).")
        return [HtmlSection(id: "anomalies", title: "Anomaly detection", body: note + table.html)]
    }
}
