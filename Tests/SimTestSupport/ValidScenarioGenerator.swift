import SimKernel
import Telemetry

/// A seeded generator of valid scenarios that use every field a run supports, including the
/// extreme but valid corners: a consumer `limit` equal to `getRecordsMaxRecords`, day-long
/// windows with day-long lag and lateness, bursts 1,000-fold, 1 ms intervals, 256-character
/// keys; the caller may place `startTime` (at either end of its range, which depends on the rest).
///
/// Fleets, shards and durations stay small so that each run takes a fraction of a second in a
/// debug build; everything else ranges over its whole allowed set.
public struct ValidScenarioGenerator {
    var random: SimRandom
    /// The KCL consumers of the scenario being generated, with their worker counts (a
    /// `consumer-crash` fault names one).
    var kclConsumers: [(name: String, workers: Int)] = []

    public init(seed: UInt64) { random = SimRandom(masterSeed: seed, label: "valid-scenarios", index: 0) }

    mutating func pick<T>(_ options: [T]) -> T { options[Int(random.bounded(UInt64(options.count)))] }

    mutating func chance(_ percent: UInt64) -> Bool { random.bounded(100) < percent }

    /// `"key": value` pairs, each kept with probability 70%, so defaults are exercised too.
    mutating func someOf(_ members: [String]) -> String {
        members.filter { _ in chance(70) }.joined(separator: ", ")
    }

    /// The scenario text; `startTime` is nil for the default, or a placeholder the caller fills.
    public mutating func text(startTime: String?) -> String {
        let shards = 1 + Int(random.bounded(4))
        let onDemand = chance(25)
        let maxRecords = pick([100, 1_000, 10_000])
        let duration = pick(["5s", "10s", "20s"])
        var top = [#""version": 1"#, #""name": "generated""#, #""duration": "\#(duration)""#,
                   #""description": "generated""#, #""seed": \#(random.next())"#, #""drain": "\#(pick(["0s", "10s", "30s"]))""#]
        if let startTime { top.append(#""startTime": "\#(startTime)""#) }
        kclConsumers = []
        let sections = [#""fleet": {\#(fleet())}"#, #""stream": {\#(stream(shards: shards, onDemand: onDemand, maxRecords: maxRecords))}"#,
                        #""consumers": [\#(consumers(maxRecords: maxRecords))]"#,
                        #""faults": [\#(faults(shards: shards, duration: duration))]"#, #""slo": {\#(slo())}"#]
        return "{" + (top + sections).joined(separator: ", ") + "}"
    }

    /// A `fleet.partitionKey` of any mode, JSON.
    mutating func partitionKey() -> String {
        let zipf = #"{"dist": "zipf", "keys": \#(pick([1, 1000])), "s": \#(pick([0.5, 1.1, 3]))}"#
        let long = "\"constant:" + String(repeating: "p", count: 256) + "\""
        return pick([#""device""#, #""gateway""#, #""random""#, #""timestamp-ms""#, #""constant:k""#, long, zipf])
    }

    /// `fleet.offlineQueue` members.
    mutating func offlineQueue() -> String {
        let capacity = pick(["1", "1000", #""unbounded""#])
        return someOf([#""capacity": \#(capacity)"#, #""drainRate": \#(pick([0.5, 2, 100]))"#,
                       #""overflow": "\#(pick(["drop-oldest", "drop-newest"]))""#])
    }

    /// The KPL's settings (`fleet.kpl`) over their whole ranges.
    mutating func kplSettings() -> String {
        someOf([
            #""recordMaxBufferedTime": "\#(pick(["1ms", "100ms", "10m"]))""#, #""aggregationEnabled": \#(pick(["true", "false"]))"#,
            #""aggregationMaxCount": \#(pick([1, 4_294_967_295]))"#, #""aggregationMaxSize": "\#(pick(["64B", "50KiB", "1MiB"]))""#,
            #""collectionMaxCount": \#(pick([1, 500]))"#, #""collectionMaxSize": "\#(pick(["51KiB", "5MiB"]))""#,
            #""recordTtl": "\#(pick(["100ms", "30s", "24h"]))""#,
        ])
    }

    mutating func fleet() -> String {
        // The KPL sends PutRecords only: no single put mode under it.
        let kpl = chance(25)
        let groups = (0..<(1 + Int(random.bounded(4)))).map { _ in deviceGroup(singlePuts: !kpl) }
        let producer = kpl ? #""producer": "kpl", "kpl": {\#(kplSettings())}"# : #""producer": "sdk""#
        let members = someOf([
            producer,
            #""partitionKey": \#(partitionKey())"#,
            #""putMode": "\#(kpl ? "batch" : pick(["batch", "single"]))""#,
            #""rateLimit": \#(pick(["null", "0.01", "1", "1.5"]))"#,
            #""batching": {\#(someOf([#""maxRecords": \#(pick([1, 10, 500]))"#, #""maxBytes": "\#(pick(["1B", "300B", "5MiB"]))""#, #""linger": "\#(pick(["0ms", "100ms", "1h"]))""#]))}"#,
            #""uplinkLatency": \#(distribution(["0ms", "1ms", "20ms", "2s"]))"#,
            #""retry": {\#(someOf([#""maxAttempts": \#(pick([1, 3, 100]))"#, #""baseDelay": "\#(pick(["1ms", "100ms"]))""#, #""maxDelay": "\#(pick(["1s", "20s"]))""#, #""jitter": "\#(pick(["full", "none"]))""#]))}"#,
            #""ackLossRate": \#(pick([0, 0.01, 0.3, 1]))"#,
            #""offlineQueue": {\#(offlineQueue())}"#,
            #""clockSkew": \#(distribution(["0ms", "2s", "24h"]))"#,
        ])
        return #""gateways": \#(1 + random.bounded(5)), "devices": [\#(groups.joined(separator: ", "))]"#
            + (members.isEmpty ? "" : ", " + members)
    }

    mutating func deviceGroup(singlePuts: Bool) -> String {
        let kind = pick(DeviceKind.allCases.map(\.description))
        let (count, interval) = pick([(1, "10ms"), (3, "100ms"), (10, "1s"), (40, "5s"), (2, "24h")])
        let params: [String: String] = [
            "temperature": #"{"normalMin": -273.15, "normalMax": 20, "anomalyMin": 100, "anomalyMax": 1000000}"#,
            "cpu": #"{"meanUtilization": \#(pick([0, 35, 100]))}"#,
            "gps": #"{"bbox": [-89.9, -179.9, 89.9, 179.9], "maxSpeedKmh": \#(pick([0.001, 80, 1000]))}"#,
            "weather": pick([#"{"normalMin": -50, "normalMax": 50}"#, #"{"sensorsPerStation": \#(pick([1, 3, 4]))}"#]),
            "diagnostic-log": #"{"medianBytes": \#(pick([1, 2_000])), "p99Bytes": "\#(pick(["5KB", "1MB"]))"}"#,
        ]
        let members = someOf([
            #""interval": "\#(interval)""#, #""jitter": "\#(interval == "10ms" ? "9999us" : pick(["0ms", "1ms", "50ms"]))""#,
            #""anomalyRate": \#(pick([0, 0.01, 1]))"#, #""params": \#(params[kind]!)"#,
            #""putMode": "\#(singlePuts ? pick(["batch", "single"]) : "batch")""#,
        ])
        return #"{"kind": "\#(kind)", "count": \#(count)\#(members.isEmpty ? "" : ", " + members)}"#
    }

    mutating func distribution(_ constants: [String]) -> String {
        pick([#""\#(pick(constants))""#, #"{"dist": "lognormal", "median": "1ms", "p99": "150ms"}"#,
              #"{"dist": "uniform", "min": "0ms", "max": "80ms"}"#, #"{"dist": "exponential", "mean": "10ms"}"#,
              #"{"dist": "constant", "value": "5ms"}"#])
    }

    mutating func stream(shards: Int, onDemand: Bool, maxRecords: Int) -> String {
        let limits = someOf([
            #""writeRecordsPerSecond": \#(pick([1, 100, 1000, 1_000_000_000]))"#, #""writeBytesPerSecond": "\#(pick(["1KiB", "1MiB", "1GiB"]))""#,
            #""maxRecordSize": "\#(pick(["200B", "1MiB"]))""#, #""putRecordsMaxEntries": \#(pick([1, 500]))"#,
            #""putRecordsMaxBytes": "\#(pick(["1KiB", "5MiB"]))""#, #""readCallsPerSecond": \#(pick([1, 5, 1000]))"#,
            #""readBytesPerSecond": "\#(pick(["1KiB", "2MiB"]))""#, #""getRecordsMaxRecords": \#(maxRecords)"#,
            #""getRecordsMaxBytes": "\#(pick(["1KiB", "10MiB"]))""#, #""iteratorLifetime": "\#(pick(["1s", "5m", "24h"]))""#,
            #""getShardIteratorCallsPerSecond": \#(pick([1, 5]))"#, #""updatingDuration": "\#(pick(["1ms", "500ms", "1h"]))""#,
            #""updateShardCountDuration": "\#(pick(["1ms", "3m", "1h"]))""#,
            #""efoBytesPerSecond": "\#(pick(["1KiB", "2MiB"]))""#, #""efoMaxConsumers": \#(pick([3, 20]))"#,
        ])
        var members = [#""shards": \#(shards)"#, #""limits": {\#(limits)}"#]
        members.append(onDemand ? #""mode": "on-demand", "onDemand": {"splitDelay": "\#(pick(["1s", "15m"]))"}"#
                                : #""mode": "provisioned""# + (chance(40) ? ", " + autoscaling() : ""))
        members.append(someOf([
            #""retention": "\#(pick(["24h", "8760h"]))""#, #""throttling": "\#(pick(["token-bucket", "sliding-window", "fixed-window"]))""#,
            #""visibilityDelay": \#(distribution(["0ms", "300ms"]))"#,
            #""prices": {"shardHour": 0.015, "putPayloadUnitPerMillion": 0.014, "onDemandStreamHour": 0.04, "#
                + #""onDemandWrittenGB": 0.08, "onDemandReadGB": 0.04, "onDemandFanOutReadGB": 0}"#,
        ]))
        return members.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    mutating func autoscaling() -> String {
        #""autoscaling": {"metric": "\#(pick(["IncomingRecords", "IncomingBytes"]))", "scaleUpAt": \#(pick([0.01, 0.7])), "#
            + #""scaleDownAt": \#(pick([0, 0.005])), "periods": \#(pick([1, 2])), "period": "\#(pick(["1s", "5s"]))", "#
            + #""cooldown": "\#(pick(["0s", "3s"]))", "step": "double"}"#
    }

    /// 1 to 3 consumers, at most one of them fan-out (`efoMaxConsumers` may be 3), the others
    /// polling, KCL applications or Lambda mappings.
    mutating func consumers(maxRecords: Int) -> String {
        (0..<(1 + Int(random.bounded(3)))).map { index in
            let type = index == 0 && chance(30) ? "efo" : pick(["polling", "polling", "kcl", "lambda"])
            let limit = pick([1, maxRecords, min(500, maxRecords)])
            let analytics = (0..<Int(random.bounded(3))).map { _ in chance(25) ? anomalyOperator() : chance(20) ? sinkOperator() : window() }
            let common = someOf([
                #""iterator": "\#(pick(["TRIM_HORIZON", "LATEST", "AT_TIMESTAMP:2s", "AT_TIMESTAMP:30d"]))""#,
                #""pollInterval": "\#(pick(["10ms", "200ms", "1s", "5m"]))""#, #""limit": \#(limit)"#,
                #""reshardOrder": "\#(pick(["parent-first", "immediate"]))""#,
                #""processing": \#(distribution(["0ms", "1ms", "50ms"]))"#, #""readLatency": \#(distribution(["0ms", "10ms", "60s"]))"#,
                #""analytics": [\#(analytics.joined(separator: ", "))]"#,
            ])
            let members = [common, kindMembers(type, name: "c\(index)")].filter { !$0.isEmpty }.joined(separator: ", ")
            return #"{"name": "c\#(index)", "type": "\#(type)"\#(members.isEmpty ? "" : ", " + members)}"#
        }.joined(separator: ", ")
    }

    /// The fields only a KCL application or a Lambda mapping takes.
    mutating func kindMembers(_ type: String, name: String) -> String {
        switch type {
        case "kcl":
            let workers = pick([1, 2, 3])
            kclConsumers.append((name, workers))
            return [#""workers": \#(workers)"#, someOf([
                #""failoverTime": "\#(pick(["1ms", "2s", "10s"]))""#,
                #""checkpoint": {"every": \#(pick([1, 1_000])), "interval": "\#(pick(["1ms", "60s"]))"}"#,
                #""retrieval": "\#(pick(["polling", "fanout"]))""#,
            ])].filter { !$0.isEmpty }.joined(separator: ", ")
        case "lambda":
            return someOf([
                #""batchSize": \#(pick([1, 100, 10_000]))"#, #""batchWindow": "\#(pick(["0s", "1s", "300s"]))""#,
                #""parallelization": \#(pick([1, 3, 10]))"#, #""failureRate": \#(pick([0, 0.05, 1]))"#,
                #""maxRetryAttempts": \#(pick([-1, 0, 3]))"#, #""maxRecordAge": "\#(pick(["60s", "7d"]))""#,
                #""bisectOnError": \#(pick([true, false]))"#, #""invocationOverhead": \#(distribution(["0ms", "10ms", "1s"]))"#,
                #""maxConcurrency": \#(pick([1, 100]))"#,
            ])
        default:
            return ""
        }
    }

    /// A tumbling window, or a sliding one (60% against 40%) with a slide that divides its size
    /// or not.
    mutating func window() -> String {
        let chosen = ["count", "sum", "avg", "min", "max"].filter { _ in chance(60) }
        let aggregates = chosen.isEmpty ? ["count"] : chosen
        let sliding = chance(40)
        let (size, slide) = pick([("1ms", "1ms"), ("10s", "3s"), ("60s", "10s"), ("1d", "7h")])
        let shape = sliding ? [#""size": "\#(size)", "slide": "\#(slide)""#] : []
        let sized = sliding ? [] : [#""size": "\#(pick(["1ms", "10s", "60s", "1d"]))""#]
        let groupings = [#""kind""#, #""device""#, #""gateway""#, #""shard""#, #"["kind", "gateway"]"#, #"["shard", "device"]"#,
                         #""station""#, #"["station", "sensor"]"#, #"["state", "sensor", "kind"]"#, #""city""#]
        let members = (shape + [someOf(sized + [
            #""time": "\#(pick(["event", "processing"]))""#,
            #""groupBy": \#(pick(groupings))"#,
            #""aggregates": [\#(aggregates.map { #""\#($0)""# }.joined(separator: ", "))]"#,
            #""watermarkLag": "\#(pick(["0s", "5s", "24h"]))""#, #""allowedLateness": "\#(pick(["0s", "1s", "24h"]))""#,
            #""idleTimeout": "\#(pick(["0s", "1ms", "60s"]))""#,
        ])]).filter { !$0.isEmpty }.joined(separator: ", ")
        return #"{"type": "\#(sliding ? "sliding" : "tumbling")"\#(members.isEmpty ? "" : ", " + members)}"#
    }


    mutating func anomalyOperator() -> String {
        let members = someOf([#""detector": "\#(pick(["zscore", "rcf"]))""#, #""threshold": \#(pick([0.5, 3, 1e9]))"#])
        return #"{"type": "anomaly"\#(members.isEmpty ? "" : ", " + members)}"#
    }

    mutating func sinkOperator() -> String {
        let members = someOf([
            #""bufferSize": "\#(pick(["1B", "64KiB", "5MiB"]))""#, #""bufferInterval": "\#(pick(["0s", "10s", "900s"]))""#,
            #""deliveryTime": \#(distribution(["0ms", "200ms", "5s"]))"#, #""failureRate": \#(pick([0, 0.3, 0.99]))"#,
        ])
        return #"{"type": "sink"\#(members.isEmpty ? "" : ", " + members)}"#
    }

    mutating func faults(shards: Int, duration: String) -> String {
        (0..<Int(random.bounded(4))).map { _ in
            let at = pick(["0s", "2s", duration])
            if let kcl = kclConsumers.first, chance(30) {
                return #"{"at": "\#(at)", "type": "consumer-crash", "consumer": "\#(kcl.name)", "worker": \#(kcl.workers - 1), "#
                    + #""duration": "\#(pick(["1ms", "5s", "30d"]))"}"#
            }
            if chance(15) {
                return #"{"at": "\#(at)", "type": "gateway-offline", "gateways": "\#(pick(["all", "0"]))", "#
                    + #""duration": "\#(pick(["1ms", "5s", "30d"]))"}"#
            }
            if chance(15) {
                return #"{"at": "\#(at)", "type": "latency-spike", "gateways": "\#(pick(["all", "0"]))", "#
                    + #""duration": "\#(pick(["1ms", "5s"]))", "uplinkLatency": \#(distribution(["0ms", "2s"]))}"#
            }
            switch random.bounded(5) {
            case 0: return #"{"at": "\#(at)", "type": "split-shard", "shard": \#(random.bounded(UInt64(shards + 1)))}"#
            case 1 where shards >= 2: return #"{"at": "\#(at)", "type": "merge-shards", "shards": [0, 1]}"#
            case 2: return #"{"at": "\#(at)", "type": "update-shard-count", "target": \#(pick([1, shards, 2 * shards, 4 * shards]))}"#
            case 3: return #"{"at": "\#(at)", "type": "internal-failure", "rate": \#(pick([0, 0.1, 1])), "duration": "\#(pick(["1ms", "5s", "30d"]))"}"#
            default:
                let (multiplier, length) = pick([(0.001, "5s"), (3.0, "5s"), (1000.0, "100ms")])
                return #"{"at": "\#(at)", "type": "traffic-burst", "multiplier": \#(multiplier), "duration": "\#(length)", "kinds": ["temperature", "gps"]}"#
            }
        }.joined(separator: ", ")
    }

    mutating func slo() -> String {
        someOf([
            #""p99LatencyMs": \#(pick([0, 3000]))"#, #""p999LatencyMs": 5000"#, #""maxWriteThrottleRate": \#(pick([0, 1]))"#,
            #""maxIteratorAgeMs": 1000"#, #""maxDropped": 0"#, #""maxLost": 0"#, #""minThroughputRecordsPerSecond": 1"#,
        ])
    }
}
