import ResultStore

/// KCL applications' leases as the summary and the reports show them: each worker's leases at
/// the end, how leases moved, the longest time a shard had no live owner, the records replayed
/// because a lease moved, and ownership over time (one entry per change).
enum RunLeases {
    /// Changes of ownership listed before the rest is summarised.
    static let listedChanges = 12

    /// The applications with leases, in the scenario's order.
    static func consumers(_ view: RunView) -> [String] {
        view.consumerNames.filter { view.metric("consumers.\($0).leases.transfers") != nil }
    }

    /// One line of figures per application.
    static func figures(_ view: RunView, consumer name: String) -> String {
        let perWorker = ownership(view, consumer: name).last?.counts ?? []
        let held = perWorker.enumerated().map { "worker \($0): \($1)" }.joined(separator: ", ")
        return "\(name): \(held) at the end; \(Formatting.count(view.count("consumers.\(name).leases.transfers"))) lease "
            + "transfers (\(Formatting.count(view.count("consumers.\(name).leases.steals"))) stolen), "
            + "\(Formatting.count(view.count("consumers.\(name).leases.checkpoints"))) checkpoints, "
            + "worker crashes: \(Formatting.count(view.count("consumers.\(name).leases.worker_crashes"))); longest a shard had "
            + "no live owner: \(Formatting.fixed(view.consumer(name, "leases.max_unowned_ms") / 1_000, 1)) s; "
            + "\(Formatting.count(view.count("consumers.\(name).replayed"))) records replayed from checkpoints "
            + "(producer duplicates in the stream: \(Formatting.count(view.count("records.duplicates"))))"
    }

    /// Leases per worker from each moment on.
    static func ownership(_ view: RunView, consumer name: String) -> [(atS: Double, counts: [Int])] {
        var changes: [(atS: Double, counts: [Int])] = []
        for sample in view.run.leases where sample.consumer == name {
            if let last = changes.last, last.atS == sample.atS, last.counts.count == sample.worker {
                changes[changes.count - 1].counts.append(sample.leases)
            } else {
                changes.append((sample.atS, [sample.leases]))
            }
        }
        return changes
    }

    /// "12.3 s 8/0 · 32.4 s 7/1 · …": the first changes of ownership.
    static func timeline(_ view: RunView, consumer name: String) -> String {
        let changes = ownership(view, consumer: name)
        let listed = changes.prefix(listedChanges).map {
            "\(Formatting.fixed($0.atS, 1)) s \($0.counts.map(String.init).joined(separator: "/"))"
        }
        let more = changes.count > listedChanges ? " · … (\(changes.count - listedChanges) more changes)" : ""
        return listed.joined(separator: " · ") + more
    }

    /// The summary's section (empty without KCL applications).
    static func section(_ view: RunView) -> String {
        let names = consumers(view)
        guard !names.isEmpty else { return "" }
        let lines = names.flatMap { ["  " + figures(view, consumer: $0), "    leases per worker over time: " + timeline(view, consumer: $0)] }
        return "Leases (KCL)\n" + lines.joined(separator: "\n") + "\n"
    }
}

/// The leases section of the HTML page and of the Markdown report.
extension RunLeases {
    static func html(_ view: RunView) -> [HtmlSection] {
        let names = consumers(view)
        guard !names.isEmpty else { return [] }
        let body = names.map { name in
            var table = HtmlTable(["from (s)"] + workerHeaders(view, consumer: name), numericFrom: 0)
            for change in ownership(view, consumer: name) {
                table.add([Formatting.fixed(change.atS, 1)] + change.counts.map(String.init), numericFrom: 0)
            }
            return HtmlSection.paragraph(figures(view, consumer: name)) + table.html
        }.joined()
        let note = HtmlSection.paragraph("Leases each worker held from each change of ownership on (crashed workers hold none).")
        return [HtmlSection(id: "leases", title: "Leases (KCL)", body: note + body)]
    }

    static func markdown(_ view: RunView) -> String {
        let names = consumers(view)
        guard !names.isEmpty else { return "" }
        return "### Leases (KCL)\n\n" + names.map { name in
            var table = MarkdownTable(header: ["from (s)"] + workerHeaders(view, consumer: name),
                                      alignments: Array(repeating: .right, count: 1 + workerHeaders(view, consumer: name).count))
            for change in ownership(view, consumer: name).prefix(listedChanges) {
                table.add([Formatting.fixed(change.atS, 1)] + change.counts.map(String.init))
            }
            return MarkdownTable.escaped(figures(view, consumer: name)) + "\n\n" + table.rendered()
        }.joined(separator: "\n")
    }

    static func workerHeaders(_ view: RunView, consumer name: String) -> [String] {
        (ownership(view, consumer: name).first?.counts.indices ?? 0..<0).map { "worker \($0)" }
    }
}
