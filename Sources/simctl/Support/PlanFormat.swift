import ArgumentParser
import Planning
import Reporting

/// The formats `simctl plan` prints a plan in (`simctl report plan:ID` adds html).
enum PlanFormat: String, ExpressibleByArgument, CaseIterable {
    case text, md, json, html

    func render(_ plan: PlanDocument) -> String {
        switch self {
        case .text: PlanText.render(plan)
        case .md: PlanMarkdown.render(plan)
        case .json: PlanJSON.render(plan)
        case .html: PlanHtml.render(plan)
        }
    }
}
