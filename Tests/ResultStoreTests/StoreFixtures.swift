import Foundation
import ResultStore

/// Where a test's store lives: every store test runs against memory and against a real file,
/// because journaling, directory creation and reopening only happen with a file.
enum StoreBackend: String, CaseIterable, Sendable {
    case memory
    case file

    func withStore<T>(_ body: (ResultStore) throws -> T) throws -> T {
        switch self {
        case .memory:
            try body(ResultStore.inMemory())
        case .file:
            try withTemporaryFolder { folder in try body(ResultStore(path: folder + "/reports/simctl.sqlite")) }
        }
    }
}

/// Gives `body` the path of a folder that does not exist yet, and removes whatever it created.
func withTemporaryFolder<T>(_ body: (String) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("ResultStoreTests-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    return try body(folder)
}

extension StoredRun {
    /// A run with every field set to a distinct value and every child kind present, including
    /// nil aggregates and both check outcomes, so a round trip exercises every column.
    static func sample(
        scenario: String = "smart-meters",
        seed: UInt64 = 42,
        verdict: String = "slo"
    ) -> StoredRun {
        StoredRun(
            scenarioName: scenario,
            scenarioSHA256: String(repeating: "ab", count: 32),
            scenarioText: "{\n  \"name\": \"\(scenario)\"\n}\n",
            seed: seed,
            simctlVersion: "0.1.0",
            gitCommit: "unknown",
            digest: "9f86d081884c7d65",
            verdict: verdict,
            startedAtISO8601: "2025-01-31T12:34:56.789Z",
            wallSeconds: 1.25,
            simulatedSeconds: 3600,
            events: 1_234_567,
            exitCode: 2,
            reproduceCommand: "simctl run 'my scen.json' --seed \(seed)",
            stoppedEarly: nil,
            metrics: [
                StoredMetric(name: "records.accepted", value: 1_000_000),
                StoredMetric(name: "consumers.analytics.latency.e2e_ms.p99", value: 812.5),
                StoredMetric(name: "cost.monthly_usd", value: -0.0),
            ],
            shards: [
                StoredShard(
                    shardID: "shardId-000000000001", incomingRecords: 500_000, incomingBytes: 1 << 40,
                    throttledRecords: 17, peakUtilization: 1.35, openedAtS: 0, closedAtS: 1_800.5
                ),
                StoredShard(
                    shardID: "shardId-000000000000", incomingRecords: 0, incomingBytes: 0,
                    throttledRecords: 0, peakUtilization: 0
                ),
                StoredShard(
                    shardID: "shardId-000000000002", incomingRecords: 3, incomingBytes: 300,
                    throttledRecords: 0, peakUtilization: 0.003, openedAtS: 1_800.5, closedAtS: nil,
                    parentShardID: "shardId-000000000001", adjacentParentShardID: "shardId-000000000000"
                ),
            ],
            windows: [
                StoredWindow(
                    consumer: "analytics", operatorIndex: 0, windowStartMs: 1_700_000_000_000,
                    windowEndMs: 1_700_000_060_000, groupKey: "meter-7", count: 12,
                    sum: 120.5, min: -3, max: 40.25, avg: 10.041666666666666
                ),
                StoredWindow(
                    consumer: "analytics", operatorIndex: 1, windowStartMs: -60_000, windowEndMs: 0,
                    groupKey: "", count: 0, sum: nil, min: nil, max: nil, avg: nil
                ),
            ],
            invariants: [
                StoredCheck(name: "no-loss", status: "ok", message: nil, violations: 0),
                StoredCheck(name: "per-shard-order", status: "violated", message: "shard 1: seq 9 after 10", violations: 3),
            ],
            violations: [
                StoredViolation(invariant: "per-shard-order", message: "shard 1: seq 9 after 10"),
                StoredViolation(invariant: "per-shard-order", message: "shard 1: seq 11 after 12"),
            ],
            objectives: [
                StoredCheck(name: "p99-latency", status: "missed", message: "missed: 812.5 > 500",
                            measured: 812.5, limit: 500, consumer: "analytics"),
                StoredCheck(name: "throttle-rate", status: "ok", message: nil),
            ],
            latency: [
                StoredLatency(consumer: "analytics", percentile: "p50", valueMs: 120),
                StoredLatency(consumer: "analytics", percentile: "p99", valueMs: 812.5),
                StoredLatency(consumer: "archive", percentile: "max", valueMs: 2_000.75),
            ],
            series: [
                StoredSeriesPoint(metric: "IncomingRecords", shardID: nil, resolution: "1s", periodStartS: 0, value: 5_200),
                StoredSeriesPoint(metric: "IncomingRecords", shardID: nil, resolution: "1s", periodStartS: 1, value: 0),
                StoredSeriesPoint(metric: "IncomingRecords", shardID: nil, resolution: "1m", periodStartS: 0, value: 312_000),
                StoredSeriesPoint(metric: "IncomingRecords", shardID: "shardId-000000000001", resolution: "1m",
                                  periodStartS: 0, value: 19_500),
                StoredSeriesPoint(metric: "GetRecords.IteratorAgeMilliseconds", shardID: nil, resolution: "1s",
                                  periodStartS: 3_599, value: Int64(Int32.max) + 1),
            ],
            consumers: [StoredConsumer(name: "archive", type: "efo"), StoredConsumer(name: "analytics", type: "polling")],
            latencyBuckets: [
                StoredLatencyBucket(consumer: "analytics", valueUs: 120_063, count: 7),
                StoredLatencyBucket(consumer: "analytics", valueUs: 812_543, count: 1),
            ],
            consumerSeries: [
                StoredConsumerPoint(consumer: "analytics", periodStartS: 0, records: 5_200, maxIteratorAgeMs: 230,
                                    maxMillisBehindLatest: 0, latency: SecondLatency(p50Ms: 120.5, p99Ms: 812.25, maxMs: 900)),
                StoredConsumerPoint(consumer: "archive", periodStartS: 0, records: 0, maxIteratorAgeMs: 0,
                                    maxMillisBehindLatest: 86_400_000),
            ],
            timeline: [
                StoredEvent(atS: 600, endS: 900, kind: .fault, description: "traffic-burst ×3 (cpu)"),
                StoredEvent(atS: 1_800.5, kind: .reshard, description: "t=30m0.5s split-shard shardId-000000000001"),
                StoredEvent(atS: 1_801, kind: .refused, description: "t=30m1s merge-shards: refused, ResourceInUseException"),
            ],
            leases: [
                StoredLeaseSample(consumer: "kcl", atS: 0.25, worker: 0, leases: 8),
                StoredLeaseSample(consumer: "kcl", atS: 0.25, worker: 1, leases: 0),
                StoredLeaseSample(consumer: "kcl", atS: 20.5, worker: 0, leases: 7),
                StoredLeaseSample(consumer: "kcl", atS: 20.5, worker: 1, leases: 1),
            ],
            windowLateness: [
                StoredWindowLateness(consumer: "dashboard", operatorIndex: 1, windowStartMs: 1_767_225_600_000,
                                     windowEndMs: 1_767_225_660_000, lateRecords: 3),
            ]
        )
    }
}
