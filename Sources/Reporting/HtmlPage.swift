/// `simctl report RUN --format html`: one self-contained page — inline style and SVG, no script,
/// nothing fetched — so it can be attached to a CI job and opened from disk anywhere. Written as
/// polyglot XHTML5, which lets the tests parse it as XML. Same stored run, same bytes.
public enum HtmlPage {
    public static func render(_ view: RunView) -> String {
        let series = HtmlRunSeries(view)
        let sections = [
            HtmlHeadline.headline(view), HtmlHeadline.checks(view), HtmlWriteCharts.throughput(series),
            HtmlConsumerCharts.latency(view), HtmlWriteCharts.shardHeat(series), HtmlConsumerCharts.lag(series),
            HtmlRunDetails.windows(view), HtmlRunDetails.timeline(view), HtmlHeadline.cost(view),
            HtmlRunDetails.scenario(view), HtmlRunDetails.reproduce(view),
        ]
        let title = HtmlEscaping.escaped("simctl: \(view.run.scenarioName) — \(view.run.verdict)")
        let nav = sections.map { "<a href=\"#\($0.id)\">\(HtmlEscaping.escaped($0.title))</a>" }.joined(separator: "\n")
        return """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(title)</title>
        <style>
        \(HtmlStyle.css)
        </style>
        </head>
        <body>
        <header>
        <h1>\(title)</h1>
        <nav>
        \(nav)
        </nav>
        </header>
        <main>
        \(sections.map(\.html).joined())</main>
        </body>
        </html>

        """
    }
}
