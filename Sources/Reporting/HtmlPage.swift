/// `simctl report RUN --format html`: one self-contained page — inline style and SVG, no script,
/// nothing fetched — so it can be attached to a CI job and opened from disk anywhere. Written as
/// polyglot XHTML5, which lets the tests parse it as XML. Same stored run, same bytes.
public enum HtmlPage {
    public static func render(_ view: RunView) -> String {
        let series = HtmlRunSeries(view)
        let sections = [
            HtmlHeadline.headline(view), HtmlHeadline.checks(view), HtmlWriteCharts.throughput(series),
        ] + HtmlWriteCharts.offlineQueues(series) + [
            HtmlConsumerCharts.latency(view), HtmlWriteCharts.shardHeat(series), HtmlConsumerCharts.lag(series),
            HtmlRunDetails.windows(view), HtmlRunDetails.timeline(view),
        ] + RunLeases.html(view) + RunInvocations.html(view) + RunAnomalies.html(view) + RunSinks.html(view) + [
            HtmlHeadline.cost(view), HtmlRunDetails.scenario(view), HtmlRunDetails.reproduce(view),
        ]
        return HtmlDocument.page(title: "simctl: \(view.run.scenarioName) — \(view.run.verdict)", sections: sections)
    }
}
