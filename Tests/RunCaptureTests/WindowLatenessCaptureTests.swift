import AnalyticsModel
import Foundation
import ResultStore
import RunCapture
import Scenario
import SimHarness
import Testing

/// Late records reach the store window by window: a 1 s window sliding by 500 ms with no
/// watermark lag over the smoke fleet, whose gateways' batches interleave event times.
@Suite struct WindowLatenessCaptureTests {
    @Test func lateRecordsAreStoredPerWindowAndAddUp() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        guard case .success(let loaded) = ScenarioLoader.load(path: root.appendingPathComponent("scenarios/smoke.json").path) else {
            Issue.record("smoke.json does not load")
            return
        }
        var config = WorldConfig(scenario: loaded.spec)
        config.consumers[0].operators = [.windows(WindowConfig(size: .seconds(1), slide: .milliseconds(500), watermarkLag: .zero,
                                                               epochMillisAtStart: config.fleet.epochMillisAtStart))]
        var runner = Runner(config: config)
        let result = runner.runToEnd()
        let windows = try #require(result.windows.first)
        #expect(windows.lateByWindow.count > 10, "\(windows.lateByWindow.count) windows with late records")
        #expect(result.invariants.first { $0.name == "window-completeness" }?.holds == true)
        let stored = StoredRun(report: RunReport(scenario: loaded, result: result, wallSeconds: 1, simctlVersion: "test",
                                                 gitCommit: "unknown", startedAt: "2026-01-01T00:00:00Z"))
        #expect(stored.windowLateness.map(\.lateRecords) == windows.lateByWindow.map(\.records))
        #expect(stored.windowLateness.allSatisfy { $0.consumer == "dashboard" && $0.windowEndMs - $0.windowStartMs == 1_000 })
        let store = try ResultStore.inMemory()
        #expect(try store.run(id: try store.save(stored))?.windowLateness == stored.windowLateness)
    }
}
