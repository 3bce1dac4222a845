import Testing
@testable import Scenario

/// Each kind of problem, with its exact path and message.
@Suite struct ProblemReportTests {
    @Test(arguments: [
        (#""interval": "5 parsecs""#, #"fleet.devices[0].interval: "5 parsecs" is not a duration (examples: "100ms", "5s", "1h")"#),
        (#""interval": 5"#, #"fleet.devices[0].interval: 5 is not a duration (examples: "100ms", "5s", "1h")"#),
        (#""interval": "0s""#, #"fleet.devices[0].interval: "0s" is out of range (allowed: 1ms to 1d)"#),
        (#""jitter": "1s""#, #"fleet.devices[0].jitter: "1s" is not less than the interval 1s (allowed: 0 ≤ jitter < interval)"#),
        (#""anomalyRate": 1.5"#, "fleet.devices[0].anomalyRate: 1.5 is out of range (allowed: 0 to 1)"),
        (#""anomalyRate": "often""#, #"fleet.devices[0].anomalyRate: "often" is not a number (allowed: 0 to 1)"#),
        (#""count": 0"#, "$: line 1, column 126: duplicate key \"count\" in object"),
        (#""params": {"normalMin": 30}"#,
         "fleet.devices[0].params.normalMin: 30 makes an empty range (allowed: normalMin < normalMax; here 30 and 20)"),
        (#""params": {"bbox": [0, 0, 1, 1]}"#,
         "fleet.devices[0].params.bbox: unknown field for temperature devices (allowed: normalMin, normalMax, anomalyMin, anomalyMax)"),
        (#""params": []"#,
         "fleet.devices[0].params: [] is not an object (allowed fields: normalMin, normalMax, anomalyMin, anomalyMax)"),
    ])
    func deviceGroupProblems(member: String, expected: String) {
        #expect(problems(ScenarioText.device(member)) == [expected])
    }

    @Test(arguments: [
        (#"{"kind": "toaster", "count": 1}"#,
         #"fleet.devices[0].kind: "toaster" is not a device kind (allowed: "temperature", "cpu", "gps", "weather", "diagnostic-log")"#),
        (#"{"kind": "cpu"}"#, "fleet.devices[0].count: missing required field"),
        (#"{"kind": "cpu", "count": 2.5}"#, "fleet.devices[0].count: 2.5 is not an integer (allowed: 1 to 10000000)"),
        (#"{"kind": "cpu", "count": 1, "params": {"meanUtilization": 101}}"#,
         "fleet.devices[0].params.meanUtilization: 101 is out of range (allowed: 0 to 100)"),
        (#"{"kind": "gps", "count": 1, "params": {"bbox": [1, 2]}}"#,
         "fleet.devices[0].params.bbox: [1, 2] is not a bounding box (allowed: [minLat, minLon, maxLat, maxLon])"),
        (#"{"kind": "gps", "count": 1, "params": {"bbox": [13, 77, 12, 78]}}"#,
         "fleet.devices[0].params.bbox: [13, 77, 12, 78] is an empty box (allowed: [minLat, minLon, maxLat, maxLon] with minLat < maxLat and minLon < maxLon)"),
        (#"{"kind": "gps", "count": 1, "params": {"bbox": [0, 0, 91, 1]}}"#,
         "fleet.devices[0].params.bbox[2]: 91 is out of range (allowed: -90 to 90)"),
        (#"{"kind": "weather", "count": 1, "params": {"normalMax": -10}}"#,
         "fleet.devices[0].params.normalMax: -10 makes an empty range (allowed: normalMin < normalMax; here 5 and -10)"),
        ("7", "fleet.devices[0]: 7 is not an object (allowed fields: kind, count, interval, jitter, anomalyRate, params, putMode)"),
    ])
    func deviceDeclarationProblems(device: String, expected: String) {
        var scenario = ScenarioText()
        scenario.fleet = #""gateways": 1, "devices": [\#(device)]"#
        #expect(problems(scenario) == [expected])
    }

    @Test func deviceParamsAreDecodedPerKind() throws {
        var scenario = ScenarioText()
        scenario.fleet = #"""
            "gateways": 2, "devices": [
              {"kind": "gps", "count": 1, "params": {"bbox": [1, 2, 3, 4], "maxSpeedKmh": 30}},
              {"kind": "temperature", "count": 1, "params": {"anomalyMin": 50, "anomalyMax": 60}}]
            """#
        let devices = try spec(scenario).fleet.devices
        guard case .gps(let gps) = devices[0].params, case .temperature(let temperature) = devices[1].params else {
            Issue.record("wrong params kinds")
            return
        }
        #expect([gps.minLatitude, gps.minLongitude, gps.maxLatitude, gps.maxLongitude, gps.maxSpeedKmh] == [1, 2, 3, 4, 30])
        #expect([temperature.normalMin, temperature.normalMax, temperature.anomalyMin, temperature.anomalyMax] == [10, 20, 50, 60])
    }

    @Test func topLevelProblems() {
        var scenario = ScenarioText()
        scenario.top = #""version": 2, "name": "Bad Name", "duration": "40d", "seed": -1, "startTime": "2026-02-30T00:00:00Z""#
        #expect(problems(scenario) == [
            "version: 2 is out of range (allowed: 1)",
            #"name: "Bad Name" is not a kebab-case name (allowed: lowercase letters and digits in words joined by single hyphens, at most 100 characters, e.g. "10k-devices")"#,
            #"duration: "40d" is out of range (allowed: 1ms to 30d)"#,
            "seed: -1 is out of range (allowed: 0 to 18446744073709551615)",
            #"startTime: "2026-02-30T00:00:00Z" is not a start time (RFC 3339 UTC, e.g. "2026-01-01T00:00:00Z" or "2026-01-01T00:00:00.250Z")"#,
        ])
    }

    @Test func missingRequiredFields() {
        #expect(problems("{}") == [
            "version: missing required field", "name: missing required field", "duration: missing required field",
            "fleet: missing required field", "stream: missing required field", "consumers: missing required field",
        ])
        var scenario = ScenarioText()
        scenario.fleet = ""
        scenario.stream = ""
        #expect(problems(scenario) == [
            "fleet.gateways: missing required field", "fleet.devices: missing required field",
            "stream.shards: missing required field",
        ])
    }

    @Test func unknownFieldsAreErrors() {
        var scenario = ScenarioText()
        scenario.stream = #""shardz": 1"#
        scenario.extra = #", "sloo": {}, "a.b": 1"#
        #expect(problems(scenario) == [
            "stream.shards: missing required field",
            "stream.shardz: unknown field (allowed: shards, mode, retention, throttling, limits, visibilityDelay, autoscaling, onDemand, prices)",
            "sloo: unknown field (allowed: version, name, description, seed, duration, drain, startTime, fleet, stream, consumers, faults, slo)",
            #"["a.b"]: unknown field (allowed: version, name, description, seed, duration, drain, startTime, fleet, stream, consumers, faults, slo)"#,
        ])
    }

    @Test func countsAndBounds() {
        var scenario = ScenarioText()
        scenario.fleet = #"""
            "gateways": 1000001, "devices": [{"kind": "cpu", "count": 6000000}, {"kind": "gps", "count": 6000000}]
            """#
        scenario.stream = #""shards": 10001, "retention": "1h""#
        scenario.top = #""version": 1, "name": "n", "duration": "1m", "drain": "2d""#
        #expect(problems(scenario) == [
            "drain: \"2d\" is out of range (allowed: 0s to 1d)",
            "fleet.gateways: 1000001 is out of range (allowed: 1 to 1000000)",
            "fleet.devices: 12000000 devices in total is too many (allowed: at most 10000000)",
            "stream.shards: 10001 is out of range (allowed: 1 to 10000)",
            "stream.retention: \"1h\" is out of range (allowed: 1d to 365d)",
        ])
    }

    @Test func consumerProblems() {
        var scenario = ScenarioText()
        scenario.consumers = #"""
            {"name": "a", "pollInterval": "10m", "limit": 10001, "workers": 2, "checkpoint": {"every": 5},
             "batchSize": 10, "reshardOrder": "sideways", "iterator": "FIRST"},
            {"name": "a"}, {"name": "has space"}
            """#
        #expect(problems(scenario) == [
            #"consumers[0].pollInterval: "10m" is out of range (allowed: 1ms to 5m)"#,
            "consumers[0].limit: 10001 is out of range (allowed: 1 to 10000)",
            #"consumers[0].workers: applies only to kcl consumers (this one is "polling")"#,
            #"consumers[0].checkpoint: applies only to kcl/lambda consumers (this one is "polling")"#,
            #"consumers[0].batchSize: applies only to lambda consumers (this one is "polling")"#,
            #"consumers[0].reshardOrder: "sideways" is not a reshard order (allowed: "parent-first", "immediate")"#,
            #"consumers[0].iterator: "FIRST" is not an iterator position (allowed: "TRIM_HORIZON", "LATEST", "AT_TIMESTAMP:<duration>")"#,
            #"consumers[1].name: "a" is already the name of consumers[0] (names must be unique)"#,
            #"consumers[2].name: "has space" is not a consumer name (allowed: 1 to 64 letters, digits, '-' or '_')"#,
        ])
    }

    @Test func consumerCount() {
        var scenario = ScenarioText()
        scenario.consumers = ""
        #expect(problems(scenario) == ["consumers: 0 consumers given (allowed: 1 to 100)"])
        scenario.consumers = (0..<101).map { #"{"name": "c\#($0)"}"# }.joined(separator: ", ")
        #expect(problems(scenario) == ["consumers: 101 consumers given (allowed: 1 to 100)"])
    }

    @Test func analyticsProblems() {
        let scenario = ScenarioText.analytics(#"""
            "type": "tumbling", "slide": "30s", "detector": "rcf", "bufferSize": "1MiB",
            "aggregates": ["count", "median", "count"], "groupBy": "colour", "time": "wall"
            """#)
        #expect(problems(scenario) == [
            #"consumers[0].analytics[0].slide: "30s" differs from the size 1m (a tumbling window's slide equals its size; use "sliding")"#,
            #"consumers[0].analytics[0].detector: applies only to anomaly operators (this one is "tumbling")"#,
            #"consumers[0].analytics[0].bufferSize: applies only to sink operators (this one is "tumbling")"#,
            #"consumers[0].analytics[0].aggregates[1]: "median" is not an aggregate (allowed: "count", "sum", "avg", "min", "max")"#,
            #"consumers[0].analytics[0].aggregates[2]: "count" is repeated (each aggregate at most once)"#,
            #"consumers[0].analytics[0].groupBy: "colour" is not a grouping (allowed: "kind", "device", "gateway", "shard", "station", "sensor", "city", "state")"#,
            #"consumers[0].analytics[0].time: "wall" is not a time domain (allowed: "event", "processing")"#,
        ])
        #expect(problems(ScenarioText.analytics(#""type": "tumbling", "aggregates": []"#))
            == ["consumers[0].analytics[0].aggregates: 0 aggregates given (allowed: 1 to 5)"])
    }

    @Test func distributionProblems() {
        let cases = [
            (#"{"dist": "uniform", "min": "5ms", "max": "1ms"}"#, #"fleet.uplinkLatency.max: "1ms" is less than min (allowed: min ≤ max)"#),
            (#"{"dist": "lognormal", "median": "0ms", "p99": "1ms"}"#,
             #"fleet.uplinkLatency.median: "0ms" is not allowed (allowed: 0 < median ≤ p99)"#),
            (#"{"dist": "lognormal", "median": "20ms", "p99": "10ms"}"#,
             #"fleet.uplinkLatency.p99: "10ms" is less than the median (allowed: 0 < median ≤ p99)"#),
            (#"{"dist": "exponential", "mean": "0s"}"#, #"fleet.uplinkLatency.mean: "0s" is not allowed (allowed: mean > 0)"#),
            (#"{"dist": "normal"}"#,
             #"fleet.uplinkLatency.dist: "normal" is not a distribution (allowed: "constant", "uniform", "exponential", "lognormal")"#),
            (#"{"dist": "constant", "value": "1ms", "mean": "2ms"}"#, "fleet.uplinkLatency.mean: unknown field (allowed: dist, value)"),
            (#"{"dist": "uniform", "min": "1ms"}"#, "fleet.uplinkLatency.max: missing required field"),
            ("true", #"fleet.uplinkLatency: true is not a distribution (examples: "20ms", {"dist": "lognormal", "median": "20ms", "p99": "150ms"}, {"dist": "uniform", "min": "1ms", "max": "5ms"})"#),
        ]
        for (json, expected) in cases {
            var scenario = ScenarioText()
            scenario.fleet = #""gateways": 1, "devices": [{"kind": "cpu", "count": 1}], "uplinkLatency": \#(json)"#
            #expect(problems(scenario) == [expected], "\(json)")
        }
    }

    @Test func fleetSettingProblems() {
        var scenario = ScenarioText()
        scenario.fleet = #"""
            "gateways": 1, "devices": [{"kind": "cpu", "count": 1}], "partitionKey": "shard",
            "batching": {"maxRecords": 501, "maxBytes": "6MiB", "linger": "-1ms"},
            "retry": {"baseDelay": "1m", "maxDelay": "1s", "jitter": "half"}, "ackLossRate": -0.1
            """#
        #expect(problems(scenario) == [
            #"fleet.partitionKey: "shard" is not a partition key (allowed: "device", "gateway", "random", "timestamp-ms", "constant:<key>", or {"dist": "zipf", "keys": N, "s": s})"#,
            "fleet.batching.maxRecords: 501 is out of range (allowed: 1 to 500)",
            #"fleet.batching.maxBytes: "6MiB" is out of range (allowed: 1B to 5MiB)"#,
            #"fleet.batching.linger: "-1ms" is not a duration (examples: "100ms", "5s", "1h")"#,
            #"fleet.retry.maxDelay: "1s" makes baseDelay 1m exceed maxDelay 1s (allowed: baseDelay ≤ maxDelay)"#,
            #"fleet.retry.jitter: "half" is not a retry jitter (allowed: "full", "none")"#,
            "fleet.ackLossRate: -0.1 is out of range (allowed: 0 to 1)",
        ])
    }

    @Test func sloProblems() {
        var scenario = ScenarioText()
        scenario.extra = #"""
            , "slo": {"p99LatencyMs": -1, "maxWriteThrottleRate": 2, "maxLost": 1.5, "maxDropped": "none", "p50": 1}
            """#
        #expect(problems(scenario) == [
            "slo.p99LatencyMs: -1 is out of range (allowed: at least 0)",
            "slo.maxWriteThrottleRate: 2 is out of range (allowed: 0 to 1)",
            "slo.maxLost: 1.5 is not an integer (allowed: at least 0)",
            #"slo.maxDropped: "none" is not an integer (allowed: at least 0)"#,
            "slo.p50: unknown field (allowed: p99LatencyMs, p999LatencyMs, maxWriteThrottleRate, maxIteratorAgeMs, maxDropped, maxLost, minThroughputRecordsPerSecond)",
        ])
    }

    @Test func severalMistakesAreAllReportedInDocumentOrder() {
        let text = #"""
            {
              "version": 1,
              "name": "two mistakes here",
              "duration": "1 hour",
              "fleet": {"gateways": 0, "devices": [
                {"kind": "cpu", "count": 1},
                {"kind": "gps", "count": 1},
                {"kind": "weather", "count": 1, "interval": "5 parsecs"}]},
              "stream": {"shards": 1, "retention": 24},
              "consumers": [{"name": "x", "colour": "red"}],
              "slo": {"maxWriteThrottleRate": 1.1}
            }
            """#
        let reported = problems(text)
        #expect(reported == [
            #"name: "two mistakes here" is not a kebab-case name (allowed: lowercase letters and digits in words joined by single hyphens, at most 100 characters, e.g. "10k-devices")"#,
            #"duration: "1 hour" is not a duration (examples: "100ms", "5s", "1h")"#,
            "fleet.gateways: 0 is out of range (allowed: 1 to 1000000)",
            #"fleet.devices[2].interval: "5 parsecs" is not a duration (examples: "100ms", "5s", "1h")"#,
            #"stream.retention: 24 is not a duration (examples: "100ms", "5s", "1h")"#,
            "consumers[0].colour: unknown field (allowed: name, type, iterator, pollInterval, limit, reshardOrder, workers, checkpoint, failoverTime, batchSize, batchWindow, parallelization, processing, readLatency, analytics, failureRate, maxRetryAttempts, maxRecordAge, bisectOnError, invocationOverhead, maxConcurrency, retrieval)",
            "slo.maxWriteThrottleRate: 1.1 is out of range (allowed: 0 to 1)",
        ])
        if case .failure(let errors) = ScenarioLoader.parse(text: text, origin: "t") {
            #expect(errors.description == reported.joined(separator: "\n"))
        }
    }

    @Test func aRootThatIsNotAnObjectIsAProblemAtTheRoot() {
        #expect(problems("[]").first?.hasPrefix("$: [] is not an object (allowed fields: version, name,") == true)
    }
}
