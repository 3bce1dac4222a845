import Foundation
import Reporting
import ResultStore
import RunCapture
import Scenario
import SimHarness
import Testing

/// The text, Markdown and JSON reports of `scenarios/smoke.json` at seed 7 are pinned byte for
/// byte in `Golden/`. A golden file changes only on purpose, in the commit whose change explains
/// it: rerun with `SIMCTL_UPDATE_GOLDEN=1` to rewrite them, then read the diff.
@Suite struct ReportGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The smoke run as stored, with the facts from outside the simulated world fixed.
    static let view: RunView = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        guard case .success(var loaded) = ScenarioLoader.load(path: root.appendingPathComponent("scenarios/smoke.json").path) else {
            preconditionFailure("scenarios/smoke.json does not load")
        }
        loaded.origin = "scenarios/smoke.json"
        var runner = Runner(config: WorldConfig(scenario: loaded.spec))
        let report = RunReport(scenario: loaded, result: runner.runToEnd(), wallSeconds: 2.5, simctlVersion: "0.1.0",
                               gitCommit: "golden", startedAt: "2026-01-01T00:00:00Z")
        return RunView(StoredRun(report: report), id: 1)
    }()

    @Test(arguments: ["smoke.txt", "smoke.md", "smoke.json"])
    func reportMatchesItsGoldenFile(_ name: String) throws {
        let rendered = switch name {
        case "smoke.txt": RunSummary.render(Self.view)
        case "smoke.md": RunMarkdown.render(Self.view)
        default: MachineSummary.tree(Self.view).rendered()
        }
        let file = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SIMCTL_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try rendered.write(to: file, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: file, encoding: .utf8)
        #expect(rendered == golden, "\(name) differs from its golden file; if on purpose, rerun with SIMCTL_UPDATE_GOLDEN=1")
    }

    /// A stored run read back renders the same as before it was stored.
    @Test func aRunReadBackFromTheStoreRendersTheSame() throws {
        let store = try ResultStore.inMemory()
        let id = try store.save(Self.view.run)
        let readBack = RunView(try #require(try store.run(id: id)), id: id)
        #expect(RunSummary.render(readBack) == RunSummary.render(Self.view))
        #expect(MachineSummary.tree(readBack) == MachineSummary.tree(Self.view))
        #expect(RunMarkdown.render(readBack) == RunMarkdown.render(Self.view))
    }
}
