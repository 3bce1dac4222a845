import AnalyticsModel
import Metrics
import ResultStore
import SimHarness
import SimKernel

extension StoredRun {
    /// The store's row for a finished run: every numeric figure of the machine summary becomes
    /// a metric under its dotted key, so the store and `--json` never disagree.
    public init(report: RunReport) {
        let result = report.result
        self.init(scenarioName: report.scenario.spec.name, scenarioSHA256: report.scenario.sha256,
                  scenarioText: report.scenario.text, seed: result.seed, simctlVersion: report.simctlVersion,
                  gitCommit: report.gitCommit, digest: result.digest, verdict: report.verdict.rawValue,
                  startedAtISO8601: report.startedAt, wallSeconds: report.wallSeconds,
                  simulatedSeconds: (result.duration + result.drain).seconds, events: Int64(result.events),
                  exitCode: Int(report.verdict.exitCode))
        metrics = Self.numericLeaves(MachineSummary.tree(report), prefix: "")
        shards = result.shardIDs.enumerated().map { index, id in
            let load = result.metrics.shards[index]
            return StoredShard(shardID: id, incomingRecords: Int64(load.incomingRecords), incomingBytes: Int64(load.incomingBytes),
                               throttledRecords: Int64(load.throttledRecords), peakUtilization: load.peakUtilization,
                               openedAtS: (load.openedAt - .zero).seconds, closedAtS: load.closedAt.map { ($0 - .zero).seconds },
                               parentShardID: result.shards[index].parentShardID,
                               adjacentParentShardID: result.shards[index].adjacentParentShardID)
        }
        series = StoredSeries.points(of: result.metrics, shardIDs: result.shardIDs)
        windows = result.windows.flatMap { operatorWindows in
            operatorWindows.results.map { window in
                StoredWindow(consumer: operatorWindows.consumer, operatorIndex: operatorWindows.operatorIndex,
                             windowStartMs: window.start, windowEndMs: window.end,
                             groupKey: groupLabel(window.group, by: operatorWindows.grouping), count: window.count,
                             sum: window.sum, min: window.min, max: window.max, avg: window.average)
            }
        }
        invariants = result.invariants.map {
            StoredCheck(name: $0.name, status: $0.holds ? "ok" : "violated", message: $0.firstViolation)
        }
        objectives = report.objectives.map {
            StoredCheck(name: $0.name, status: $0.met ? "ok" : "missed", message: $0.met ? nil : $0.status)
        }
        latency = result.consumerNames.enumerated().flatMap { index, name in
            let histogram = result.metrics.consumers[index].latency
            return LatencyPercentiles.all.map {
                StoredLatency(consumer: name, percentile: $0.label, valueMs: histogram.milliseconds(atPercentile: $0.percentile))
            } + [StoredLatency(consumer: name, percentile: "max", valueMs: histogram.maxMilliseconds)]
        }
    }

    static func numericLeaves(_ tree: JSONTree, prefix: String) -> [StoredMetric] {
        switch tree {
        case .object(let members):
            return members.keys.sorted().flatMap { numericLeaves(members[$0]!, prefix: prefix.isEmpty ? $0 : prefix + "." + $0) }
        case .integer(let value): return [StoredMetric(name: prefix, value: Double(value))]
        case .unsigned(let value): return [StoredMetric(name: prefix, value: Double(value))]
        case .number(let value): return [StoredMetric(name: prefix, value: value)]
        case .string, .bool: return []
        }
    }
}
