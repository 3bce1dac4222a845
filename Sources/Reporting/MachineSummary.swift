import Metrics
import SimHarness

/// The `--json` machine summary (`cli-and-results-v1.md`): schema `simctl.run.v1`, nested
/// objects whose dotted paths are the contract's key names, keys sorted.
public enum MachineSummary {
    public static func tree(_ report: RunReport) -> JSONTree {
        var tree = JSONTree.object([:])
        func put(_ path: String, _ value: JSONTree) { tree.set(path.split(separator: ".").map(String.init), value) }
        let result = report.result
        let metrics = result.metrics
        put("schema", .string("simctl.run.v1"))
        put("scenario.name", .string(report.scenario.spec.name))
        put("scenario.sha256", .string(report.scenario.sha256))
        put("seed", .unsigned(result.seed))
        put("simctl.version", .string(report.simctlVersion))
        put("simctl.git_commit", .string(report.gitCommit))
        put("digest", .string(result.digest))
        put("verdict", .string(report.verdict.rawValue))
        put("sim.duration_s", .number(result.duration.seconds))
        put("sim.drain_s", .number(result.drain.seconds))
        put("sim.events", .integer(Int64(result.events)))
        put("wall.seconds", .number(report.wallSeconds))
        put("wall.records_per_second", .number(report.wallSeconds > 0 ? Double(metrics.accepted) / report.wallSeconds : 0))
        put("records.emitted", .integer(Int64(result.fleet.emitted)))
        put("records.accepted", .integer(Int64(metrics.accepted)))
        put("records.duplicates", .integer(Int64(metrics.duplicates)))
        put("records.dropped", .integer(Int64(result.fleet.dropped)))
        put("records.lost", .integer(Int64(result.lost)))
        put("records.in_flight", .integer(Int64(result.inFlight)))
        put("put.requests", .integer(Int64(metrics.putRequests)))
        put("put.entries", .integer(Int64(metrics.putEntries)))
        put("put.throttled_entries", .integer(Int64(metrics.throttledEntries)))
        put("put.throttle_rate", .number(metrics.throttleRate))
        put("put.internal_failures", .integer(Int64(metrics.internalFailures)))
        put("put.retries", .integer(Int64(result.fleet.retries)))
        put("put.invalid_requests", .integer(Int64(metrics.invalidRequests)))
        put("get.calls", .integer(Int64(metrics.getCalls)))
        put("get.throttled_calls", .integer(Int64(metrics.throttledGetCalls)))
        put("throughput.records_per_second", .number(result.throughputRecordsPerSecond))
        put("throughput.bytes_per_second", .number(result.throughputBytesPerSecond))
        put("anomalies.injected", .integer(Int64(result.fleet.anomaliesInjected)))
        put("cost.monthly_usd", .number(result.cost.monthlyUSD))
        put("cost.run_usd", .number(result.cost.runUSD))
        put("cost.shard_hours", .number(result.cost.shardHours))
        put("cost.put_payload_units", .integer(Int64(result.cost.putPayloadUnits)))
        for (index, name) in result.consumerNames.enumerated() {
            consumer(metrics.consumers[index], named: name, into: put)
            put("consumers.\(name).order_violations", .integer(Int64(result.orderViolations[index])))
            put("consumers.\(name).undelivered", .integer(Int64(result.undelivered[index])))
        }
        for (index, id) in result.shardIDs.enumerated() {
            let load = metrics.shards[index]
            put("shards.\(id).incoming_records", .integer(Int64(load.incomingRecords)))
            put("shards.\(id).incoming_bytes", .integer(Int64(load.incomingBytes)))
            put("shards.\(id).throttled", .integer(Int64(load.throttledRecords)))
            put("shards.\(id).peak_utilization", .number(load.peakUtilization))
        }
        streamKeys(result, into: put)
        for invariant in result.invariants {
            put("invariants.\(invariant.name)", .string(invariant.firstViolation ?? "ok"))
        }
        for objective in report.objectives {
            put("slo.\(objective.name)", .string(objective.status))
        }
        return tree
    }

    static func consumer(_ metrics: ConsumerMetrics, named name: String, into put: (String, JSONTree) -> Void) {
        let prefix = "consumers.\(name)."
        for (label, percentile) in LatencyPercentiles.all {
            put(prefix + "latency.e2e_ms.\(label)", .number(metrics.latency.milliseconds(atPercentile: percentile)))
        }
        put(prefix + "latency.e2e_ms.max", .number(metrics.latency.maxMilliseconds))
        put(prefix + "delivered", .integer(Int64(metrics.delivered)))
        put(prefix + "duplicates", .integer(Int64(metrics.redeliveries)))
        put(prefix + "max_iterator_age_ms", .integer(metrics.maxIteratorAgeMs))
        put(prefix + "max_millis_behind_latest", .integer(metrics.maxMillisBehindLatest))
        put(prefix + "get_calls", .integer(Int64(metrics.getCalls)))
        put(prefix + "throttled_get_calls", .integer(Int64(metrics.throttledGetCalls)))
    }
}

/// The latency percentiles every report shows, with their labels.
public enum LatencyPercentiles {
    public static let all: [(label: String, percentile: Double)] = [("p50", 50), ("p90", 90), ("p99", 99), ("p999", 99.9)]
}
