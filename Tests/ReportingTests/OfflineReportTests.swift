@testable import Reporting
import Testing

/// Gateway outages in every report format: the headline figure (held, dropped, peak) and, in
/// HTML, the offline-queue chart over the outage's band; absent from runs without outages.
@Suite struct OfflineReportTests {
    static let view = RunView(HtmlFixtures.regionalOutage)

    @Test func everyFormatShowsWhatTheQueuesHeldAndDropped() throws {
        #expect(Self.view.count("offline.held") == 96_012)
        #expect(Self.view.count("offline.dropped") == 72_012)
        #expect(Self.view.count("offline.peak_queued") == 24_000)
        #expect(RunSummary.render(Self.view).contains("held offline"))
        #expect(RunMarkdown.render(Self.view).contains("| held offline | 96,012 (72,012 dropped, peak 24,000) |"))
        let page = ParsedPage(HtmlPage.render(Self.view))
        #expect(page.error == nil)
        #expect(page.elements(named: "section").contains { $0.attributes["id"] == "offline" })
        #expect(page.text.contains("Offline queues: entries held and readings dropped per second"))
    }

    @Test func runsWithoutOutagesHaveNoOfflineFigures() {
        let smoke = RunView(HtmlFixtures.smoke)
        #expect(!RunSummary.render(smoke).contains("held offline"))
        #expect(!ParsedPage(HtmlPage.render(smoke)).elements(named: "section").contains { $0.attributes["id"] == "offline" })
    }
}
