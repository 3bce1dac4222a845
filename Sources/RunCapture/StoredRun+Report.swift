import AnalyticsModel
import Metrics
import ResultStore
import Scenario
import SimHarness
import SimKernel

extension StoredRun {
    /// The store's record of a finished run: everything any report shows, so that reports read
    /// only this (from the store, or built here before it is stored) and never the harness.
    public init(report: RunReport) {
        let result = report.result
        self.init(scenarioName: report.scenario.spec.name, scenarioSHA256: report.scenario.sha256,
                  scenarioText: report.scenario.text, seed: result.seed, simctlVersion: report.simctlVersion,
                  gitCommit: report.gitCommit, digest: result.digest, verdict: report.verdict.rawValue,
                  startedAtISO8601: report.startedAt, wallSeconds: report.wallSeconds,
                  simulatedSeconds: (result.duration + result.drain).seconds, events: Int64(result.events),
                  exitCode: Int(report.verdict.exitCode), reproduceCommand: report.reproduceCommand,
                  stoppedEarly: result.stoppedEarly?.description)
        metrics = SummaryMetrics.all(report)
        shards = Self.shards(of: result)
        series = StoredSeries.points(of: result.metrics, shardIDs: result.shardIDs)
        windows = Self.windows(of: result)
        invariants = result.invariants.map {
            StoredCheck(name: $0.name, status: $0.holds ? "ok" : "violated", message: $0.firstViolation,
                        violations: Int64($0.violations))
        }
        violations = result.invariants.flatMap { invariant in
            invariant.messages.map { StoredViolation(invariant: invariant.name, message: $0) }
        }
        objectives = report.objectives.map {
            StoredCheck(name: $0.name, status: $0.met ? "ok" : "missed", message: $0.met ? nil : $0.status,
                        measured: $0.measured, limit: $0.limit, consumer: $0.consumer)
        }
        latency = Self.latency(of: result)
        consumers = zip(result.consumerNames, report.scenario.spec.consumers).map {
            StoredConsumer(name: $0, type: $1.type.rawValue)
        }
        latencyBuckets = result.consumerNames.enumerated().flatMap { index, name in
            result.metrics.consumers[index].latency.buckets.map {
                StoredLatencyBucket(consumer: name, valueUs: Int64($0.valueUs), count: Int64($0.count))
            }
        }
        consumerSeries = StoredSeries.consumerPoints(of: result.metrics, names: result.consumerNames)
        timeline = RunTimeline.events(of: result, faults: report.scenario.spec.faults)
        leases = Self.leases(of: result)
        windowLateness = result.windows.flatMap { operatorWindows in
            operatorWindows.lateByWindow.map {
                StoredWindowLateness(consumer: operatorWindows.consumer, operatorIndex: operatorWindows.operatorIndex,
                                     windowStartMs: $0.start, windowEndMs: $0.end, lateRecords: $0.records)
            }
        }
    }

    static func leases(of result: RunResult) -> [StoredLeaseSample] {
        result.consumerNames.enumerated().flatMap { index, name in
            (result.metrics.consumers[index].leases?.timeline ?? []).flatMap { sample in
                sample.perWorker.enumerated().map {
                    StoredLeaseSample(consumer: name, atS: (sample.at - .zero).seconds, worker: $0, leases: $1)
                }
            }
        }
    }

    static func shards(of result: RunResult) -> [StoredShard] {
        result.shardIDs.enumerated().map { index, id in
            let load = result.metrics.shards[index]
            return StoredShard(shardID: id, incomingRecords: Int64(load.incomingRecords), incomingBytes: Int64(load.incomingBytes),
                               throttledRecords: Int64(load.throttledRecords), peakUtilization: load.peakUtilization,
                               openedAtS: (load.openedAt - .zero).seconds, closedAtS: load.closedAt.map { ($0 - .zero).seconds },
                               parentShardID: result.shards[index].parentShardID,
                               adjacentParentShardID: result.shards[index].adjacentParentShardID,
                               state: result.shards[index].state)
        }
    }

    /// Each window result with the aggregates its operator was asked for (the others stored as
    /// null, so no report shows a figure the scenario did not ask for).
    static func windows(of result: RunResult) -> [StoredWindow] {
        result.windows.flatMap { operatorWindows in
            let asked = operatorWindows.aggregates
            return operatorWindows.results.map { window in
                StoredWindow(consumer: operatorWindows.consumer, operatorIndex: operatorWindows.operatorIndex,
                             windowStartMs: window.start, windowEndMs: window.end,
                             groupKey: operatorWindows.groups.label(of: window.group), count: window.count,
                             sum: asked.contains(.sum) ? window.sum : nil, min: asked.contains(.min) ? window.min : nil,
                             max: asked.contains(.max) ? window.max : nil, avg: asked.contains(.avg) ? window.average : nil)
            }
        }
    }

    static func latency(of result: RunResult) -> [StoredLatency] {
        result.consumerNames.enumerated().flatMap { index, name in
            let histogram = result.metrics.consumers[index].latency
            return LatencyPercentiles.all.map {
                StoredLatency(consumer: name, percentile: $0.label, valueMs: histogram.milliseconds(atPercentile: $0.percentile))
            } + [StoredLatency(consumer: name, percentile: "max", valueMs: histogram.maxMilliseconds)]
        }
    }
}
