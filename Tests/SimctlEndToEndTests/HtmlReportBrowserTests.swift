import Foundation
import Testing

/// `simctl report --format html` of a stored smoke run, rendered by a real headless browser from
/// disk: the screenshot must show the charts, not a blank or error page. Skipped, and says so,
/// where no browser or python3 is installed; `.ci/run` and `make deps` install them.
@Suite struct HtmlReportBrowserTests {
    static let browser = executable(named: ["chromium-headless-shell", "chromium", "chromium-browser", "google-chrome"])
    static let python = executable(named: ["python3"])

    /// The first of `names` found on PATH.
    static func executable(named names: [String]) -> URL? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return names.lazy.flatMap { name in directories.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) } }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Colours the page draws only in its charts: the first line colour and the heat map's idle
    /// and busiest steps.
    static let chartColours = ["0072b2", "440154", "fde725"]

    @Test(.enabled(if: browser != nil && python != nil,
                   "no headless browser (chromium-headless-shell or chromium) or no python3 on PATH; .ci/run and make deps install them"))
    func theReportRendersInAHeadlessBrowser() throws {
        try withTemporaryDirectory { dir in
            let db = dir.appendingPathComponent("runs.sqlite").path
            let page = dir.appendingPathComponent("r.html")
            let screenshot = dir.appendingPathComponent("r.png")
            let run = try Simctl.run(["run", "scenarios/smoke.json", "--quiet", "--db", db])
            #expect(run.status == 0, "\(run.summary)")
            let report = try Simctl.run(["report", "latest", "--format", "html", "--out", page.path, "--db", db])
            try #require(report.status == 0, "\(report.summary)")
            let size = try #require(fileSize(page))
            #expect(size < 2_000_000, "\(size) bytes")

            let shot = try Simctl.launch(#require(Self.browser), ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                                                  "--screenshot=\(screenshot.path)", "--window-size=1280,2400",
                                                                  page.absoluteURL.absoluteString])
            try #require(fileSize(screenshot) != nil, "no screenshot: \(shot.summary)")
            let decoded = try Simctl.launch(#require(Self.python), ["-c", PngColours.program, screenshot.path] + Self.chartColours)
            try #require(decoded.status == 0, "\(decoded.summary)")
            let lines = decoded.stdout.split(separator: "\n")
            let figures = lines[0].split(separator: " ").compactMap { Int($0) }
            #expect(figures[0] == 1280 && figures[1] == 2400)
            #expect(figures[2] > 50, "\(figures[2]) colours: a blank or error page")
            #expect(Double(figures[3]) > 0.05 * Double(figures[0] * figures[1]), "\(figures[3]) non-white pixels")
            for line in lines.dropFirst() {
                #expect(!line.hasSuffix("=0"), "a chart colour is missing: \(line)")
            }
            if let keep = ProcessInfo.processInfo.environment["SIMCTL_REPORT_SCREENSHOT"] {
                try? FileManager.default.removeItem(atPath: keep)
                try FileManager.default.copyItem(at: screenshot, to: URL(fileURLWithPath: keep))
            }
        }
    }
}
