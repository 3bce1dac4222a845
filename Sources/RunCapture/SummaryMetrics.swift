import Metrics
import ResultStore
import SimHarness
import SimKernel

/// Every number of the machine summary (`cli-and-results-v1.md`), by its dotted key, taken from
/// a finished run. The store keeps them as `run_metrics`, and every report reads them from there,
/// so the store, `--json` and the printed summary never disagree.
enum SummaryMetrics {
    static func all(_ report: RunReport) -> [StoredMetric] {
        var metrics: [StoredMetric] = []
        func put(_ name: String, _ value: Double) { metrics.append(StoredMetric(name: name, value: value)) }
        run(report, into: put)
        traffic(report.result, into: put)
        for (index, name) in report.result.consumerNames.enumerated() {
            consumer(report.result, index, named: name, into: put)
        }
        shards(report.result, into: put)
        stream(report.result, into: put)
        return metrics.sorted { $0.name < $1.name }
    }

    static func run(_ report: RunReport, into put: (String, Double) -> Void) {
        let result = report.result
        put("seed", Double(result.seed))
        put("sim.duration_s", result.duration.seconds)
        put("sim.drain_s", result.drain.seconds)
        put("sim.events", Double(result.events))
        put("wall.seconds", report.wallSeconds)
        put("wall.records_per_second", report.wallSeconds > 0 ? Double(result.metrics.readingsAccepted) / report.wallSeconds : 0)
    }

    static func traffic(_ result: RunResult, into put: (String, Double) -> Void) {
        let metrics = result.metrics
        put("records.emitted", Double(result.fleet.emitted))
        put("records.accepted", Double(metrics.readingsAccepted))
        put("records.duplicates", Double(metrics.duplicates))
        put("records.dropped", Double(result.fleet.dropped))
        put("records.lost", Double(result.lost))
        put("records.in_flight", Double(result.inFlight))
        put("put.requests", Double(metrics.putRequests))
        put("put.entries", Double(metrics.putEntries))
        put("put.throttled_entries", Double(metrics.throttledEntries))
        put("put.throttle_rate", metrics.throttleRate)
        put("put.internal_failures", Double(metrics.internalFailures))
        put("put.retries", Double(result.fleet.retries))
        put("put.lost_responses", Double(result.fleet.lostResponses))
        put("put.timeouts", Double(result.fleet.timeouts))
        put("put.invalid_requests", Double(metrics.invalidRequests))
        if result.usedKPL { kpl(result, into: put) }
        if let limit = result.rateLimit {
            put("producer.rate_limit", limit)
            put("producer.rate_limited", Double(result.fleet.rateLimited))
        }
        put("offline.held", Double(result.fleet.offlineHeld))
        put("offline.dropped", Double(result.fleet.offlineDropped))
        put("offline.peak_queued", Double(result.fleet.peakOfflineQueued))
        put("offline.drain_requests", Double(result.fleet.drainRequests))
        put("get.calls", Double(metrics.getCalls))
        put("get.throttled_calls", Double(metrics.throttledGetCalls))
        put("throughput.records_per_second", result.throughputRecordsPerSecond)
        put("throughput.bytes_per_second", result.throughputBytesPerSecond)
        put("anomalies.injected", Double(result.fleet.anomaliesInjected))
        anomalies(result, into: put)
        put("cost.monthly_usd", result.cost.monthlyUSD)
        put("cost.run_usd", result.cost.runUSD)
        put("cost.shard_hours", result.cost.shardHours)
        put("cost.put_payload_units", Double(result.cost.putPayloadUnits))
        onDemandCost(result.onDemandCost, into: put)
    }

    /// The KPL's figures: Kinesis records accepted (what shards count; `records.accepted` counts
    /// the readings inside them), readings per record, readings that expired at `RecordTtl`,
    /// requests that failed at once while cut off. The rate limit's figures are any producer's.
    static func kpl(_ result: RunResult, into put: (String, Double) -> Void) {
        let metrics = result.metrics
        put("producer.kinesis_records", Double(metrics.accepted))
        put("producer.readings_per_record", metrics.accepted == 0 ? 0 : Double(metrics.readingsAccepted) / Double(metrics.accepted))
        put("producer.expired", Double(result.fleet.expired))
        put("producer.wrong_shard", Double(result.fleet.wrongShard))
        put("producer.discarded", Double(result.fleet.discarded))
        put("producer.unreachable", Double(result.fleet.unreachable))
    }

    /// The same traffic priced in on-demand mode, to compare with `cost.monthly_usd`.
    static func onDemandCost(_ cost: OnDemandCost, into put: (String, Double) -> Void) {
        put("cost.on_demand_monthly_usd", cost.monthlyUSD)
        put("cost.on_demand_run_usd", cost.runUSD)
        put("cost.on_demand_written_gb", cost.writtenGB)
        put("cost.on_demand_read_gb", cost.readGB)
        put("cost.on_demand_fan_out_read_gb", cost.fanOutReadGB)
    }

    static func consumer(_ result: RunResult, _ index: Int, named name: String, into put: (String, Double) -> Void) {
        let prefix = "consumers.\(name)."
        let metrics = result.metrics.consumers[index]
        for (label, percentile) in LatencyPercentiles.all {
            put(prefix + "latency.e2e_ms.\(label)", metrics.latency.milliseconds(atPercentile: percentile))
        }
        put(prefix + "latency.e2e_ms.max", metrics.latency.maxMilliseconds)
        put(prefix + "delivered", Double(metrics.delivered))
        put(prefix + "duplicates", Double(metrics.redeliveries))
        put(prefix + "max_iterator_age_ms", Double(metrics.maxIteratorAgeMs))
        put(prefix + "max_millis_behind_latest", Double(metrics.maxMillisBehindLatest))
        put(prefix + "get_calls", Double(metrics.getCalls))
        put(prefix + "throttled_get_calls", Double(metrics.throttledGetCalls))
        put(prefix + "order_violations", Double(result.orderViolations[index]))
        put(prefix + "undelivered", Double(result.undelivered[index]))
        put(prefix + "lost", Double(metrics.lost))
        put(prefix + "expired_iterators", Double(metrics.expiredIterators))
        put(prefix + "throttled_iterator_calls", Double(metrics.throttledIteratorCalls))
        if let subscriptions = metrics.subscriptions { put(prefix + "subscriptions", Double(subscriptions)) }
        if let leases = metrics.leases {
            self.leases(leases, redeliveries: metrics.redeliveries, prefix: prefix, into: put)
            for (shard, unowned) in leases.unowned.enumerated() where unowned > .zero {
                put(prefix + "leases.unowned_ms_by_shard.\(result.shardIDs[shard])", Double(unowned.nanoseconds) / 1e6)
            }
        }
        if let invocations = metrics.invocations {
            self.invocations(invocations, redeliveries: metrics.redeliveries, prefix: prefix, into: put)
        }
        for (shard, lost) in result.lostPerConsumerShard[index].enumerated() where lost > 0 {
            put(prefix + "lost_by_shard.\(result.shardIDs[shard])", Double(lost))
        }
        detections(metrics, prefix: prefix, into: put)
        sinks(metrics, prefix: prefix, into: put)
        for operatorWindows in result.windows where operatorWindows.consumer == name {
            put(prefix + "operators.\(operatorWindows.operatorIndex).late_dropped", Double(operatorWindows.lateDropped))
        }
    }

    /// A KCL application's leases: records processed again because a lease moved (replays from
    /// the checkpoint), lease movements, checkpoints, crashes, the longest time a shard had no
    /// live owner, and each worker's leases at the end.
    static func leases(_ leases: LeaseMetrics, redeliveries: UInt64, prefix: String, into put: (String, Double) -> Void) {
        put(prefix + "replayed", Double(redeliveries))
        put(prefix + "leases.transfers", Double(leases.transfers))
        put(prefix + "leases.steals", Double(leases.steals))
        put(prefix + "leases.checkpoints", Double(leases.checkpoints))
        put(prefix + "leases.worker_crashes", Double(leases.crashes))
        put(prefix + "leases.max_unowned_ms", Double(leases.longestUnownedOverall.nanoseconds) / 1e6)
        for (worker, count) in (leases.timeline.last?.perWorker ?? []).enumerated() {
            put(prefix + "leases.worker_\(worker)", Double(count))
        }
    }

    /// A Lambda mapping's invocations: records processed again because a failed invocation had
    /// processed part of its batch before the retry, failures, records discarded to the
    /// on-failure destination (not processed, and not retention loss), and how long failing
    /// batches blocked the shards.
    static func invocations(_ invocations: InvocationMetrics, redeliveries: UInt64, prefix: String,
                            into put: (String, Double) -> Void) {
        put(prefix + "retried", Double(redeliveries))
        put(prefix + "discarded", Double(invocations.discarded))
        put(prefix + "invocations.count", Double(invocations.invocations))
        put(prefix + "invocations.failed", Double(invocations.failed))
        put(prefix + "invocations.records", Double(invocations.recordsInvoked))
        put(prefix + "invocations.blocked_ms", Double(invocations.totalBlocked.nanoseconds) / 1e6)
        put(prefix + "invocations.max_blocked_ms", Double(invocations.longestBlockedOverall.nanoseconds) / 1e6)
    }

    static func shards(_ result: RunResult, into put: (String, Double) -> Void) {
        for (index, id) in result.shardIDs.enumerated() {
            let load = result.metrics.shards[index]
            let prefix = "shards.\(id)."
            put(prefix + "incoming_records", Double(load.incomingRecords))
            put(prefix + "incoming_bytes", Double(load.incomingBytes))
            put(prefix + "throttled", Double(load.throttledRecords))
            put(prefix + "peak_utilization", load.peakUtilization)
            put(prefix + "opened_at_s", (load.openedAt - .zero).seconds)
            if let closed = load.closedAt { put(prefix + "closed_at_s", (closed - .zero).seconds) }
        }
    }

    static func stream(_ result: RunResult, into put: (String, Double) -> Void) {
        put("stream.open_shards", Double(result.shards.filter { $0.state == "OPEN" }.count))
        put("stream.reshards", Double(result.reshards.filter { $0.refusal == nil }.count))
        put("stream.scaling_decisions", Double(result.scalingDecisions.count))
        put("stream.reshards_refused", Double(result.reshards.filter { $0.refusal != nil }.count))
    }
}
