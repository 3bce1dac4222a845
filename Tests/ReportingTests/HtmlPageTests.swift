import Foundation
@testable import Reporting
import ResultStore
import Testing

/// The HTML report of a real (smoke) run: one well-formed, self-contained page with every section
/// and chart, its text escaped, the same bytes each time.
@Suite struct HtmlPageTests {
    static let page = HtmlPage.render(RunView(HtmlFixtures.smoke))
    static let parsed = ParsedPage(page)

    static let sectionIDs = ["headline", "checks", "throughput", "latency", "shard-heat", "consumer-lag", "windows",
                             "timeline", "cost", "scenario", "reproduce"]
    static let chartIDs = ["chart-throughput", "chart-latency-percentiles", "chart-shard-heat", "chart-iterator-age",
                           "chart-behind-latest"]

    @Test func isWellFormedXML() {
        #expect(Self.parsed.error == nil, "\(Self.parsed.error ?? "")")
        #expect(Self.page.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func everySectionAndChartIsThere() {
        for id in Self.sectionIDs {
            #expect(Self.parsed.elements(named: "section").contains { $0.attributes["id"] == id }, "no section \(id)")
        }
        for id in Self.chartIDs {
            #expect(Self.parsed.elements(named: "svg").contains { $0.attributes["id"] == id }, "no chart \(id)")
        }
    }

    @Test func fetchesNothingAndRunsNothing() {
        #expect(!Self.page.lowercased().contains("<script"))
        let references = Self.parsed.elements.flatMap { element in ["src", "href"].compactMap { element.attributes[$0] } }
        #expect(!references.isEmpty, "the navigation links are references too")
        for reference in references {
            #expect(reference.hasPrefix("#"), "\(reference) leaves the page")
        }
        #expect(!Self.page.contains("url("))
        #expect(!Self.page.contains("@import"))
    }

    @Test func everyChartHasATitleAndAxisLabelsWithUnits() {
        let page = Self.page
        for label in ["simulated time (s)", "records per second", "latency (ms, log scale)", "percentile", "milliseconds", "shard"] {
            #expect(page.contains(">\(label)</text>"), "no axis label \(label)")
        }
        #expect(page.contains("99.9%"), "the tail axis marks 99.9%")
    }

    @Test func sameRunSameBytes() {
        #expect(HtmlPage.render(RunView(HtmlFixtures.smoke)) == Self.page)
    }

    @Test func namesAndGroupsStayText() {
        var run = HtmlFixtures.smoke
        let hostile = "<b>&\"x'</b>"
        run.scenarioName = hostile
        run.windows[run.windows.count - 1].groupKey = hostile
        run.scenarioText = hostile
        let page = HtmlPage.render(RunView(run))
        let parsed = ParsedPage(page)
        #expect(parsed.error == nil)
        #expect(parsed.elements(named: "b").isEmpty, "markup from the run became elements")
        #expect(parsed.text.contains(hostile))
        #expect(page.contains("&lt;b&gt;&amp;&quot;x&#39;&lt;/b&gt;"))
    }
}
