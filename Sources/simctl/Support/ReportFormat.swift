import ArgumentParser
import Reporting

/// The formats `simctl report` renders a stored run in.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, md, json, html

    func render(_ view: RunView) -> String {
        switch self {
        case .text: RunSummary.render(view)
        case .md: RunMarkdown.render(view)
        case .json: MachineSummary.tree(view).rendered()
        case .html: HtmlPage.render(view)
        }
    }
}
