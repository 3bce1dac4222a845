import ResultStore

/// Sink operators as the summary and the reports show them: objects delivered, attempts that
/// timed out and the duplicate records their retries wrote, and the data freshness.
enum RunSinks {
    static func figures(_ view: RunView, consumer: String, operatorIndex: Int) -> String {
        let prefix = "consumers.\(consumer).operators.\(operatorIndex).sink."
        func count(_ key: String) -> String { Formatting.count(view.count(prefix + key)) }
        func seconds(_ key: String) -> String { Formatting.fixed(view[prefix + "freshness_ms." + key] / 1_000, 1) + " s" }
        return "\(consumer)/\(operatorIndex): \(count("records")) records in \(count("deliveries")) deliveries, "
            + "\(count("objects")) objects written; \(count("failed_attempts")) attempts timed out and were retried, "
            + "writing \(count("duplicate_records")) records twice; data freshness p50 \(seconds("p50")), "
            + "p99 \(seconds("p99")), max \(seconds("max"))"
    }

    static func lines(_ view: RunView) -> [String] {
        view.operators(havingKey: ".sink.deliveries").map { figures(view, consumer: $0.consumer, operatorIndex: $0.index) }
    }

    /// The summary's section (empty without sinks).
    static func section(_ view: RunView) -> String {
        let lines = lines(view)
        guard !lines.isEmpty else { return "" }
        return "Sinks (Firehose-style delivery)\n" + lines.map { "  " + $0 }.joined(separator: "\n") + "\n"
    }

    static func markdown(_ view: RunView) -> String {
        let lines = lines(view)
        guard !lines.isEmpty else { return "" }
        return "### Sinks\n\n" + lines.map { "- " + MarkdownTable.escaped($0) }.joined(separator: "\n") + "\n"
    }

    static func html(_ view: RunView) -> [HtmlSection] {
        let lines = lines(view)
        guard !lines.isEmpty else { return [] }
        return [HtmlSection(id: "sinks", title: "Sinks", body: lines.map { HtmlSection.paragraph($0) }.joined())]
    }
}
