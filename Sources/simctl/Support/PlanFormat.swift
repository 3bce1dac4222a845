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

    /// The plans of `--vary` and the cheapest configuration (html is refused before planning).
    func render(_ variants: PlanVariants) -> String {
        switch self {
        case .text: variants.text
        case .md: variants.markdown
        case .json: PlanJSON.render(variants)
        case .html: preconditionFailure("plan --vary --format html is refused by validate()")
        }
    }
}
