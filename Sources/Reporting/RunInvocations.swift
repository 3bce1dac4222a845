import ResultStore

/// Lambda mappings' invocations as the summary and the Markdown report show them: failures,
/// records processed again after a failure, records discarded to the on-failure destination
/// (data not processed, apart from retention loss), and how long failing batches blocked shards.
enum RunInvocations {
    static func consumers(_ view: RunView) -> [String] {
        view.consumerNames.filter { view.metric("consumers.\($0).invocations.count") != nil }
    }

    static func figures(_ view: RunView, consumer name: String) -> String {
        func count(_ key: String) -> String { Formatting.count(view.count("consumers.\(name).\(key)")) }
        return "\(name): \(count("invocations.count")) invocations, \(count("invocations.failed")) failed; "
            + "\(count("retried")) records processed again after a failure; \(count("discarded")) records discarded to the "
            + "on-failure destination (not processed); shards blocked by failing batches "
            + "\(Formatting.fixed(view.consumer(name, "invocations.blocked_ms") / 1_000, 1)) s in all, longest "
            + "\(Formatting.fixed(view.consumer(name, "invocations.max_blocked_ms") / 1_000, 1)) s"
    }

    /// The summary's section (empty without Lambda mappings).
    static func section(_ view: RunView) -> String {
        let names = consumers(view)
        guard !names.isEmpty else { return "" }
        return "Invocations (Lambda)\n" + names.map { "  " + figures(view, consumer: $0) }.joined(separator: "\n") + "\n"
    }

    static func markdown(_ view: RunView) -> String {
        let names = consumers(view)
        guard !names.isEmpty else { return "" }
        return "### Invocations (Lambda)\n\n" + names.map { "- " + MarkdownTable.escaped(figures(view, consumer: $0)) }
            .joined(separator: "\n") + "\n"
    }

    static func html(_ view: RunView) -> [HtmlSection] {
        let names = consumers(view)
        guard !names.isEmpty else { return [] }
        let body = names.map { HtmlSection.paragraph(figures(view, consumer: $0)) }.joined()
        return [HtmlSection(id: "invocations", title: "Invocations (Lambda)", body: body)]
    }
}
