import GRDB

/// The mapping of every child collection of `StoredRun` to its table (schema: `StoreMigrations`).
enum ChildTables {
    static let metrics = ChildTable<StoredMetric>(
        name: "run_metrics",
        columns: ["name", "value"],
        encode: { [$0.name, $0.value] },
        decode: { StoredMetric(name: $0["name"], value: $0["value"]) }
    )

    static let shards = ChildTable<StoredShard>(
        name: "run_shards",
        columns: [
            "shard_id", "incoming_records", "incoming_bytes", "throttled_records", "peak_utilization",
            "opened_at_s", "closed_at_s", "parent_shard_id", "adjacent_parent_shard_id", "state",
        ],
        encode: { shard in
            [
                shard.shardID, shard.incomingRecords, shard.incomingBytes, shard.throttledRecords, shard.peakUtilization,
                shard.openedAtS, shard.closedAtS, shard.parentShardID, shard.adjacentParentShardID, shard.state,
            ]
        },
        decode: { row in
            StoredShard(
                shardID: row["shard_id"],
                incomingRecords: row["incoming_records"],
                incomingBytes: row["incoming_bytes"],
                throttledRecords: row["throttled_records"],
                peakUtilization: row["peak_utilization"],
                openedAtS: row["opened_at_s"],
                closedAtS: row["closed_at_s"],
                parentShardID: row["parent_shard_id"],
                adjacentParentShardID: row["adjacent_parent_shard_id"],
                state: row["state"]
            )
        }
    )

    static let series = ChildTable<StoredSeriesPoint>(
        name: "run_series",
        columns: ["metric", "shard_id", "resolution", "period_start_s", "value"],
        encode: { [$0.metric, $0.shardID, $0.resolution, $0.periodStartS, $0.value] },
        decode: { row in
            StoredSeriesPoint(metric: row["metric"], shardID: row["shard_id"], resolution: row["resolution"],
                              periodStartS: row["period_start_s"], value: row["value"])
        }
    )

    static let windows = ChildTable<StoredWindow>(
        name: "run_windows",
        columns: [
            "consumer", "operator_index", "window_start_ms", "window_end_ms", "group_key",
            "count", "sum", "min", "max", "avg",
        ],
        encode: { window in
            [
                window.consumer, window.operatorIndex, window.windowStartMs, window.windowEndMs,
                window.groupKey, window.count, window.sum, window.min, window.max, window.avg,
            ]
        },
        decode: { row in
            StoredWindow(
                consumer: row["consumer"],
                operatorIndex: row["operator_index"],
                windowStartMs: row["window_start_ms"],
                windowEndMs: row["window_end_ms"],
                groupKey: row["group_key"],
                count: row["count"],
                sum: row["sum"],
                min: row["min"],
                max: row["max"],
                avg: row["avg"]
            )
        }
    )

    static let invariants = ChildTable<StoredCheck>(
        name: "run_invariants",
        columns: ["name", "status", "message", "violations"],
        encode: { [$0.name, $0.status, $0.message, $0.violations] },
        decode: { StoredCheck(name: $0["name"], status: $0["status"], message: $0["message"], violations: $0["violations"]) }
    )

    static let violations = ChildTable<StoredViolation>(
        name: "run_violations",
        columns: ["invariant", "message"],
        encode: { [$0.invariant, $0.message] },
        decode: { StoredViolation(invariant: $0["invariant"], message: $0["message"]) }
    )

    static let objectives = ChildTable<StoredCheck>(
        name: "run_objectives",
        columns: ["name", "status", "message", "measured", "limit_value", "consumer"],
        encode: { [$0.name, $0.status, $0.message, $0.measured, $0.limit, $0.consumer] },
        decode: { row in
            StoredCheck(name: row["name"], status: row["status"], message: row["message"],
                        measured: row["measured"], limit: row["limit_value"], consumer: row["consumer"])
        }
    )

    static let latency = ChildTable<StoredLatency>(
        name: "run_latency",
        columns: ["consumer", "percentile", "value_ms"],
        encode: { [$0.consumer, $0.percentile, $0.valueMs] },
        decode: { StoredLatency(consumer: $0["consumer"], percentile: $0["percentile"], valueMs: $0["value_ms"]) }
    )

    static let consumers = ChildTable<StoredConsumer>(
        name: "run_consumers",
        columns: ["name", "type"],
        encode: { [$0.name, $0.type] },
        decode: { StoredConsumer(name: $0["name"], type: $0["type"]) }
    )

    static let latencyBuckets = ChildTable<StoredLatencyBucket>(
        name: "run_latency_buckets",
        columns: ["consumer", "value_us", "count"],
        encode: { [$0.consumer, $0.valueUs, $0.count] },
        decode: { StoredLatencyBucket(consumer: $0["consumer"], valueUs: $0["value_us"], count: $0["count"]) }
    )

    static let consumerSeries = ChildTable<StoredConsumerPoint>(
        name: "run_consumer_series",
        columns: ["consumer", "period_start_s", "records", "max_iterator_age_ms", "max_millis_behind_latest",
                  "latency_p50_ms", "latency_p99_ms", "latency_max_ms"],
        encode: { point in
            let latency = point.latency
            return [point.consumer, point.periodStartS, point.records, point.maxIteratorAgeMs, point.maxMillisBehindLatest,
                    latency?.p50Ms, latency?.p99Ms, latency?.maxMs]
        },
        decode: { row in
            var point = StoredConsumerPoint(consumer: row["consumer"], periodStartS: row["period_start_s"], records: row["records"],
                                            maxIteratorAgeMs: row["max_iterator_age_ms"],
                                            maxMillisBehindLatest: row["max_millis_behind_latest"])
            if let p50: Double = row["latency_p50_ms"] {
                let p99: Double = row["latency_p99_ms"]
                let maxMs: Double = row["latency_max_ms"]
                point.latency = SecondLatency(p50Ms: p50, p99Ms: p99, maxMs: maxMs)
            }
            return point
        }
    )

    static let timeline = ChildTable<StoredEvent>(
        name: "run_events",
        columns: ["at_s", "end_s", "kind", "description"],
        encode: { [$0.atS, $0.endS, $0.kind.rawValue, $0.description] },
        decode: { row in
            StoredEvent(atS: row["at_s"], endS: row["end_s"], kind: StoredEvent.Kind(rawValue: row["kind"]) ?? .fault,
                        description: row["description"])
        }
    )

    static let windowLateness = ChildTable<StoredWindowLateness>(
        name: "run_window_late",
        columns: ["consumer", "operator_index", "window_start_ms", "window_end_ms", "late_records"],
        encode: { [$0.consumer, $0.operatorIndex, $0.windowStartMs, $0.windowEndMs, $0.lateRecords] },
        decode: { row in
            StoredWindowLateness(consumer: row["consumer"], operatorIndex: row["operator_index"], windowStartMs: row["window_start_ms"],
                                 windowEndMs: row["window_end_ms"], lateRecords: row["late_records"])
        }
    )

    static let leases = ChildTable<StoredLeaseSample>(
        name: "run_leases",
        columns: ["consumer", "at_s", "worker", "leases"],
        encode: { [$0.consumer, $0.atS, $0.worker, $0.leases] },
        decode: { StoredLeaseSample(consumer: $0["consumer"], atS: $0["at_s"], worker: $0["worker"], leases: $0["leases"]) }
    )
}
