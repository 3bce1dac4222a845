import ResultStore

/// The run's remaining record: window results, the timeline, the scenario as it ran and the
/// command that reproduces it.
enum HtmlRunDetails {
    /// Results per operator shown: the last ones stored, which are the last windows it closed.
    static let windowsPerOperator = 8

    static func windows(_ view: RunView) -> HtmlSection {
        let operators = view.operators
        guard !operators.isEmpty else {
            return HtmlSection(id: "windows", title: "Window results", body: HtmlSection.paragraph("No window operators."))
        }
        var table = HtmlTable(["consumer/operator", "window (UTC)", "group", "count", "avg", "min", "max"], numericFrom: 3)
        for (consumer, index, _) in operators {
            for window in view.run.windows.filter({ $0.consumer == consumer && $0.operatorIndex == index }).suffix(windowsPerOperator) {
                table.add(["\(consumer)/\(index)", Formatting.window(window.windowStartMs, window.windowEndMs), window.groupKey,
                           Formatting.count(window.count)] + [window.avg, window.min, window.max].map(Formatting.aggregate),
                          numericFrom: 3)
            }
        }
        let late = operators.reduce(Int64(0)) { $0 + $1.lateDropped }
        let note = HtmlSection.paragraph("The last \(windowsPerOperator) results of each operator; "
            + "\(Formatting.count(view.run.windows.count)) results stored, \(Formatting.count(late)) late records dropped.")
        return HtmlSection(id: "windows", title: "Window results", body: note + table.html)
    }

    static func timeline(_ view: RunView) -> HtmlSection {
        guard !view.run.timeline.isEmpty else {
            return HtmlSection(id: "timeline", title: "Timeline", body: HtmlSection.paragraph("No faults, reshards or scaling decisions."))
        }
        let items = view.run.timeline.map { event in
            let end = event.endS.map { "–" + Formatting.fixed($0, 1) } ?? ""
            return "<li><span class=\"when\">\(Formatting.fixed(event.atS, 1))\(end) s</span> "
                + "[\(HtmlRunSeries.letter(event.kind))] \(event.kind.rawValue): \(HtmlEscaping.escaped(event.description))</li>\n"
        }.joined()
        let key = HtmlSection.paragraph("Marked on the time charts: F fault (a band while it lasts), R reshard, "
            + "X refused operation, P scaling decision.")
        return HtmlSection(id: "timeline", title: "Timeline", body: key + "<ol class=\"timeline\">\n\(items)</ol>\n")
    }

    static func scenario(_ view: RunView) -> HtmlSection {
        HtmlSection(id: "scenario", title: "Scenario (as run)", body: "<pre>\(HtmlEscaping.escaped(view.run.scenarioText))</pre>\n")
    }

    static func reproduce(_ view: RunView) -> HtmlSection {
        let command = view.run.reproduceCommand ?? "simctl run <scenario> --seed \(view.run.seed)"
        return HtmlSection(id: "reproduce", title: "Reproduce", body: "<pre>\(HtmlEscaping.escaped(command))</pre>\n")
    }
}
