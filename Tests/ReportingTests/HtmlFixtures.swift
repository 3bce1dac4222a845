import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import FleetModel
import ResultStore
import RunCapture
import Scenario
import SimHarness

/// Runs the reports render: the smoke scenario run for real, and what it made as a stored run.
enum HtmlFixtures {
    static let smoke = stored("smoke")
    /// One sensor with 1% spikes, scored by a z-score anomaly operator.
    static let temperatureAnomaly = stored("temperature-anomaly")
    /// A region of gateways offline for 2 minutes, then a reconnect storm.
    static let regionalOutage = stored("regional-outage")

    /// The smoke fleet through the KPL, at its default 150 % rate limit.
    static let kplSmoke = stored("smoke") { spec in
        spec.fleet.kpl = KPLConfig()
        spec.fleet.rateLimit = KPLConfig.defaultRateLimit
    }

    static func stored(_ name: String, adjust: (inout ScenarioSpec) -> Void = { _ in }) -> StoredRun {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scenarios/\(name).json").path
        guard case .success(var loaded) = ScenarioLoader.load(path: path) else { preconditionFailure("\(path) does not load") }
        adjust(&loaded.spec)
        var runner = Runner(config: WorldConfig(scenario: loaded.spec))
        let report = RunReport(scenario: loaded, result: runner.runToEnd(), wallSeconds: 1, simctlVersion: "test",
                               gitCommit: "unknown", startedAt: "2026-01-01T00:00:00Z")
        return StoredRun(report: report)
    }
}

/// What the tests need of a page parsed as XML: whether it parsed, every element's name and
/// attributes, and its text.
struct ParsedPage: Sendable {
    struct Element: Sendable {
        var name: String
        var attributes: [String: String]
    }

    let elements: [Element]
    let text: String
    let error: String?

    init(_ html: String) {
        let collector = Collector()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = collector
        let parsed = parser.parse()
        elements = collector.elements
        text = collector.text
        error = parsed ? nil : "\(parser.parserError.map { "\($0)" } ?? "parse failed") at line \(parser.lineNumber)"
    }

    func elements(named name: String) -> [Element] { elements.filter { $0.name == name } }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append(Element(name: name, attributes: attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }
}
