import Foundation
import Metrics
@testable import RunCapture
import ResultStore
import Scenario
import SimHarness
import Testing

/// A run's series reach the store: every CloudWatch name, per second and per minute for the
/// stream, per minute for each shard, and they read back unchanged.
@Suite struct StoredSeriesTests {
    static let smoke: LoadedScenario = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scenarios/smoke.json").path
        guard case .success(let loaded) = ScenarioLoader.load(path: path) else { preconditionFailure("\(path) does not load") }
        return loaded
    }()

    static let stored: StoredRun = {
        var runner = Runner(config: WorldConfig(scenario: smoke.spec))
        let report = RunReport(scenario: smoke, result: runner.runToEnd(), wallSeconds: 1, simctlVersion: "test",
                               gitCommit: "unknown", startedAt: "2026-01-01T00:00:00Z")
        return StoredRun(report: report)
    }()

    /// smoke.json runs 2 min + 30 s drain on 2 shards: 150 seconds and 3 minutes.
    @Test func everyMetricOfEveryPeriodIsARow() {
        let series = Self.stored.series
        let names = Set(MetricName.allCases.map(\.rawValue))
        #expect(Set(series.map(\.metric)) == names)
        #expect(series.filter { $0.shardID == nil && $0.resolution == "1s" }.count == 150 * names.count)
        #expect(series.filter { $0.shardID == nil && $0.resolution == "1m" }.count == 3 * names.count)
        for id in ["shardId-000000000000", "shardId-000000000001"] {
            // A shard's rows are its CloudWatch metrics; the fleet's (`Fleet.`) are stream-wide.
            #expect(series.filter { $0.shardID == id }.map(\.resolution) == Array(repeating: "1m", count: 3 * MetricName.shardMetrics.count))
        }
        let incoming = series.filter { $0.metric == "IncomingRecords" && $0.shardID == nil && $0.resolution == "1m" }
        #expect(incoming.map(\.periodStartS) == [0, 60, 120])
        let accepted = Self.stored.metrics.first { $0.name == "records.accepted" }?.value
        #expect(Double(incoming.reduce(0) { $0 + $1.value }) == accepted)
    }

    @Test func shardsCarryTheirLifetimes() {
        #expect(Self.stored.shards.map(\.openedAtS) == [0, 0])
        #expect(Self.stored.shards.map(\.closedAtS) == [nil, nil])
    }

    @Test func theSeriesRoundTripThroughTheStore() throws {
        let store = try ResultStore.inMemory()
        let id = try store.save(Self.stored)
        #expect(try store.run(id: id) == Self.stored)
    }
}
