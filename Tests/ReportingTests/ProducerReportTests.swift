@testable import Reporting
import Testing

/// The producer's side in the HTML and Markdown headlines: a KPL run's records, readings each,
/// expiries and wrong-shard retries, and its rate limit; absent from a plain SDK run.
@Suite struct ProducerReportTests {
    static let view = RunView(HtmlFixtures.kplSmoke)

    @Test func kplRunsShowTheirProducerSide() throws {
        let figure = try #require(HtmlHeadline.producerFigure(Self.view))
        let records = Formatting.count(Self.view.count("producer.kinesis_records"))
        #expect(figure.hasPrefix("\(records) KPL records of "), "\(figure)")
        #expect(figure.hasSuffix(" held back by a rate limit of 150.00% of a shard"), "\(figure)")
        #expect(RunMarkdown.render(Self.view).contains("| producer | \(figure) |"))
        let page = ParsedPage(HtmlPage.render(Self.view))
        #expect(page.error == nil)
        #expect(page.text.contains(figure))
    }

    @Test func sdkRunsWithoutALimitHaveNoProducerFigure() {
        let smoke = RunView(HtmlFixtures.smoke)
        #expect(HtmlHeadline.producerFigure(smoke) == nil)
        #expect(!RunMarkdown.render(smoke).contains("| producer |"))
    }
}
