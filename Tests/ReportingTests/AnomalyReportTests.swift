@testable import Reporting
import Testing

/// The anomaly-detection section of every report format: one row per operator and one per
/// device kind it scored, from the stored keys; absent from runs without anomaly operators.
@Suite struct AnomalyReportTests {
    static let view = RunView(HtmlFixtures.temperatureAnomaly)

    @Test func everyFormatShowsTheOperatorAndItsKinds() throws {
        let rows = RunAnomalies.rows(Self.view)
        #expect(rows.map { Array($0.prefix(2)) } == [["analytics/0", "all"], ["", "temperature"], ["analytics/1", "all"], ["", "temperature"]])
        let recall = try #require(Self.view.metric("anomalies.recall"))
        #expect(rows[0][5] == Formatting.percent(recall))
        #expect(RunSummary.render(Self.view).contains("Anomaly detection (flags against the injected anomalies)"))
        #expect(RunMarkdown.render(Self.view).contains("### Anomaly detection"))
        #expect(ParsedPage(HtmlPage.render(Self.view)).elements(named: "section").contains { $0.attributes["id"] == "anomalies" })
    }

    @Test func runsWithoutDetectorsHaveNoSection() {
        let smoke = RunView(HtmlFixtures.smoke)
        #expect(RunAnomalies.rows(smoke).isEmpty)
        #expect(!RunSummary.render(smoke).contains("Anomaly detection"))
        #expect(smoke.metric("anomalies.precision") == nil && smoke.metric("anomalies.injected") != nil)
    }
}
