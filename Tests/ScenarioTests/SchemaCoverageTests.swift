import Testing
@testable import Scenario
import FleetModel
import StreamModel

/// Every field and fault of the v1 schema, and the additions, is accepted and simulated:
/// nothing is parsed and then refused as "not supported yet".
@Suite struct SchemaCoverageTests {
    @Test func aRateLimitIsTheValueInForceForEitherProducer() throws {
        var scenario = ScenarioText()
        scenario.fleet = #"""
            "gateways": 1, "devices": [{"kind": "cpu", "count": 1}], "rateLimit": 0.8,
            "offlineQueue": {"capacity": 100}
            """#
        #expect(try spec(scenario).fleet.rateLimit == 0.8)
        scenario.fleet = #"""
            "gateways": 1, "devices": [{"kind": "cpu", "count": 1}], "producer": "kpl"
            """#
        #expect(try spec(scenario).fleet.rateLimit == KPLConfig.defaultRateLimit)
        scenario.fleet = #"""
            "gateways": 1, "devices": [{"kind": "cpu", "count": 1}], "producer": "kpl", "rateLimit": null
            """#
        #expect(try spec(scenario).fleet.rateLimit == nil)
    }

    @Test func everyStreamFieldIsSimulated() {
        var scenario = ScenarioText()
        scenario.stream = #"""
            "shards": 2, "throttling": "sliding-window", "visibilityDelay": "5ms", "retention": "48h",
            "autoscaling": {"scaleUpAt": 0.8},
            "limits": {"iteratorLifetime": "1m", "efoBytesPerSecond": "1MiB", "efoMaxConsumers": 5}
            """#
        #expect(problems(scenario).isEmpty)
    }

    @Test func consumerFeatures() throws {
        let scenario = ScenarioText.consumer(#""type": "lambda", "iterator": "AT_TIMESTAMP:5m", "processing": "1ms""#)
        #expect(problems(scenario).isEmpty)
        let lambda = ScenarioText.consumer(#"""
            "type": "lambda", "failureRate": 0.05, "maxRetryAttempts": 2, "maxRecordAge": "1h", "bisectOnError": true,
            "invocationOverhead": "20ms", "maxConcurrency": 4
            """#)
        let decoded = try spec(lambda).consumers[0].lambda
        #expect(decoded.failureRate == 0.05 && decoded.maxRetryAttempts == 2 && decoded.maxRecordAge == .hours(1))
        #expect(decoded.bisectOnError && decoded.maxConcurrency == 4)
        #expect(problems(ScenarioText.consumer(#""type": "lambda", "bisectOnError": "yes", "maxRecordAge": "10s""#)) == [
            #"consumers[0].bisectOnError: "yes" is not a boolean (allowed: true, false)"#,
            #"consumers[0].maxRecordAge: "10s" is out of range (allowed: 1m to 7d)"#,
        ])
        #expect(problems(ScenarioText.consumer(#""type": "kcl", "failureRate": 0.1"#)) == [
            #"consumers[0].failureRate: applies only to lambda consumers (this one is "kcl")"#,
        ])
        #expect(problems(ScenarioText.consumer(#""iterator": "AT_TIMESTAMP:5 parsecs""#)) == [
            #"consumers[0].iterator: "AT_TIMESTAMP:5 parsecs" does not end in a duration up to 30d (examples: "100ms", "5s", "1h")"#,
        ])
    }

    @Test func everyOperatorTypeIsSupported() {
        #expect(problems(ScenarioText.analytics(#""type": "sliding", "size": "60s", "slide": "10s", "idleTimeout": "0s""#)) == [])
        #expect(problems(ScenarioText.analytics(#""type": "sliding", "size": "60s", "slide": "1500us""#))
            == [#"consumers[0].analytics[0].slide: "1500us" is not a whole number of milliseconds (window results are reported in milliseconds)"#])
        #expect(problems(ScenarioText.analytics(#""type": "sink""#)) == [])
        #expect(problems(ScenarioText.analytics(#""type": "anomaly", "detector": "rcf""#)) == [])
        #expect(problems(ScenarioText.analytics(#""type": "anomaly", "detector": "zscore", "threshold": 4"#)) == [])
    }

    @Test func everyFaultTypeIsSupported() {
        var scenario = ScenarioText()
        scenario.extra = #"""
            , "faults": [
              {"at": "10s", "type": "gateway-offline", "gateways": "0", "duration": "1m"},
              {"at": "10s", "type": "latency-spike", "gateways": "all", "duration": "1m", "uplinkLatency": "1s"},
              {"at": "10s", "type": "split-shard", "shard": 0},
              {"at": "10s", "type": "merge-shards", "shards": [0, 1]},
              {"at": "10s", "type": "update-shard-count", "target": 2},
              {"at": "10s", "type": "traffic-burst", "multiplier": 3, "duration": "1m", "kinds": ["cpu"]},
              {"at": "10s", "type": "internal-failure", "rate": 0.1, "duration": "1m"}
            ]
            """#
        #expect(problems(scenario) == [])
    }

    /// An offline queue drains in PutRecords batches: outages need batch put mode.
    @Test func aDeviceGroupMayWriteInTheOtherPutModeExceptUnderTheKPL() throws {
        var scenario = ScenarioText()
        scenario.fleet = #"""
            "gateways": 2, "devices": [{"kind": "temperature", "count": 4, "putMode": "single"}, {"kind": "cpu", "count": 1}]
            """#
        #expect(try spec(scenario).fleet.devices.map(\.putMode) == [.single, nil])
        scenario.fleet = #"""
            "gateways": 2, "producer": "kpl", "devices": [{"kind": "temperature", "count": 4, "putMode": "single"}]
            """#
        #expect(problems(scenario) == [
            #"fleet.devices[0].putMode: "single" but the KPL always sends PutRecords (allowed: "batch" with "producer": "kpl")"#,
        ])
        scenario.fleet = #""gateways": 2, "devices": [{"kind": "temperature", "count": 4, "putMode": "bulk"}]"#
        #expect(problems(scenario).first?.hasPrefix(#"fleet.devices[0].putMode: "bulk" is not a put mode"#) == true)
    }

    @Test func aGatewayOutageRunsInEitherPutMode() {
        var scenario = ScenarioText()
        scenario.fleet = #""gateways": 2, "devices": [{"kind": "cpu", "count": 1}], "putMode": "single""#
        scenario.extra = #", "faults": [{"at": "10s", "type": "gateway-offline", "gateways": "all", "duration": "10s"}]"#
        #expect(problems(scenario).isEmpty)
    }

    @Test func faultShapesAreCheckedPerType() {
        var scenario = ScenarioText()
        scenario.extra = #"""
            , "faults": [
              {"at": "2m", "type": "gateway-offline", "gateways": "0-3", "shard": 1},
              {"at": "1s", "type": "consumer-crash", "consumer": "writer", "worker": 1, "duration": "1m"},
              {"at": "1s", "type": "merge-shards", "shards": [2, 2]},
              {"at": "1s", "type": "traffic-burst", "multiplier": 0, "duration": "1m", "kinds": ["toaster"]},
              {"at": "1s", "type": "explode", "kinds": []}
            ]
            """#
        #expect(problems(scenario) == [
            "faults[0].duration: missing required field",
            #"faults[0].at: "2m" is out of range (allowed: 0s to 1m)"#,
            #"faults[0].gateways: "0-3" names gateways beyond the fleet (allowed: ids 0 to 0)"#,
            "faults[0].shard: unknown field for gateway-offline faults (allowed: at, type, gateways, duration)",
            #"faults[1].consumer: "writer" is not a kcl consumer of this scenario (a crash stops a KCL worker; allowed: none)"#,
            "faults[2].shards: [2, 2] names one shard twice (allowed: two different shards)",
            "faults[3].multiplier: 0 is out of range (allowed: 0.001 to 1000)",
            #"faults[3].kinds[0]: "toaster" is not a device kind (allowed: "temperature", "cpu", "gps", "weather", "diagnostic-log")"#,
            #"faults[4].type: "explode" is not a fault type (allowed: "gateway-offline", "latency-spike", "consumer-crash", "split-shard", "merge-shards", "update-shard-count", "internal-failure", "traffic-burst")"#,
        ])
    }

    @Test func aConsumerCrashNamesAKCLConsumerAndOneOfItsWorkers() {
        var scenario = ScenarioText.consumer(#""type": "kcl", "workers": 2"#)
        scenario.extra = #"""
            , "faults": [
              {"at": "10s", "type": "consumer-crash", "consumer": "reader", "worker": 1, "duration": "1m"},
              {"at": "10s", "type": "consumer-crash", "consumer": "reader", "worker": 2, "duration": "1m"}
            ]
            """#
        #expect(problems(scenario) == ["faults[1].worker: 2 is out of range (allowed: 0 to 1)"])
    }

    @Test func aKCLApplicationReadingByFanOutCountsAsAFanOutConsumer() throws {
        var scenario = ScenarioText.consumer(#""type": "kcl", "retrieval": "fanout""#)
        scenario.stream = #""shards": 1, "limits": {"efoMaxConsumers": 1}"#
        #expect(try spec(scenario).consumers[0].retrieval == .fanout)
        scenario.consumers = #"{"name": "a", "type": "efo"}, {"name": "b", "type": "kcl", "retrieval": "fanout"}"#
        #expect(problems(scenario) == [
            #"consumers[1].retrieval: "fanout" makes 2 enhanced fan-out consumers; a stream registers at most 1 (stream.limits.efoMaxConsumers)"#,
        ])
        #expect(problems(ScenarioText.consumer(#""type": "kcl", "retrieval": "push""#)) == [
            #"consumers[0].retrieval: "push" is not a KCL retrieval (allowed: "polling", "fanout")"#,
        ])
    }

    @Test func kclConsumersIdleOneAndAHalfSecondsBetweenReadsByDefault() throws {
        let decoded = try spec(ScenarioText.consumer(#""type": "kcl""#))
        #expect(decoded.consumers[0].pollInterval == .milliseconds(1_500))
        #expect(decoded.consumers[0].reshardOrder == .parentFirst)
    }

    @Test func spelledOutDefaultsAreAccepted() throws {
        var scenario = ScenarioText()
        scenario.fleet = #"""
            "gateways": 1, "devices": [{"kind": "cpu", "count": 1}], "putMode": "batch", "rateLimit": null,
            "offlineQueue": {"capacity": "unbounded", "drainRate": 2, "overflow": "drop-oldest"}
            """#
        scenario.stream = #"""
            "shards": 1, "mode": "provisioned", "throttling": "token-bucket", "visibilityDelay": "0ms", "autoscaling": null,
            "limits": {"iteratorLifetime": "5m", "efoBytesPerSecond": "2MiB", "efoMaxConsumers": 20}
            """#
        scenario.consumers = #"""
            {"name": "r", "type": "polling", "iterator": "LATEST", "processing": {"dist": "constant", "value": "0s"},
             "analytics": [{"type": "tumbling", "size": "10s", "slide": "10s"}]}
            """#
        #expect(problems(scenario).isEmpty)
        #expect(try spec(scenario).consumers[0].iterator == .latest)
    }

    @Test func supportedFieldsAreAccepted() throws {
        var scenario = ScenarioText()
        scenario.fleet = #"""
            "gateways": 4, "devices": [{"kind": "weather", "count": 8, "interval": "2s", "jitter": "500ms",
              "anomalyRate": 0.05, "params": {"normalMin": 0, "normalMax": 30}}],
            "partitionKey": "random", "ackLossRate": 0.01, "putMode": "single",
            "retry": {"maxAttempts": 5, "baseDelay": "50ms", "maxDelay": "5s", "jitter": "none"},
            "batching": {"maxRecords": 100, "maxBytes": "1MiB", "linger": "0ms"},
            "uplinkLatency": {"dist": "uniform", "min": "1ms", "max": "5ms"}
            """#
        scenario.stream = #"""
            "shards": 8, "retention": "48h", "prices": {"shardHour": 0.02, "putPayloadUnitPerMillion": 0.01},
            "throttling": "fixed-window",
            "limits": {"writeRecordsPerSecond": 500, "writeBytesPerSecond": "512KiB", "maxRecordSize": "1MB",
              "putRecordsMaxEntries": 100, "putRecordsMaxBytes": "1MiB", "readCallsPerSecond": 10,
              "readBytesPerSecond": "4MiB", "getRecordsMaxRecords": 1000, "getRecordsMaxBytes": "1MiB"}
            """#
        scenario.consumers = #"""
            {"name": "windows", "reshardOrder": "parent-first", "pollInterval": "200ms", "limit": 500,
             "analytics": [{"type": "tumbling", "size": "30s", "time": "processing", "groupBy": "gateway",
               "aggregates": ["avg", "max"], "watermarkLag": "2s", "allowedLateness": "1s"}]}
            """#
        scenario.extra = #"""
            , "description": "everything v0 supports", "seed": 7, "drain": "1m", "startTime": "2026-06-01T12:00:00.250Z",
            "faults": [{"at": "30s", "type": "internal-failure", "rate": 0.25, "duration": "10s"}], "slo": {"p99LatencyMs": 3000, "p999LatencyMs": 5000, "maxWriteThrottleRate": 0.01,
              "maxIteratorAgeMs": 10000, "maxDropped": 0, "maxLost": 0, "minThroughputRecordsPerSecond": 10}
            """#
        let loaded = try spec(scenario)
        #expect(loaded.fleet.devices[0].jitter == .milliseconds(500))
        #expect(loaded.fleet.retry.jitter == .none)
        #expect(loaded.stream.limits.maxRecordBytes == 1_000_000)
        #expect(loaded.consumers[0].analytics[0].aggregates == [.avg, .max])
        #expect(loaded.slo.minThroughputRecordsPerSecond == 10)
        #expect(loaded.startTime.epochMilliseconds % 1_000 == 250)
        #expect(loaded.fleet.putMode == .single)
        #expect(loaded.stream.limits.writeThrottling == .fixedWindow)
        #expect(loaded.stream.limits.writeRecordsPerSecond == 500)  // the model travels with the limits it applies to
        #expect(loaded.faults == [FaultSpec(at: .seconds(30), action: .internalFailure(rate: 0.25, duration: .seconds(10)))])
    }

    @Test(arguments: ThrottlingModel.allCases)
    func everyThrottlingModelIsAcceptedWithOrWithoutLimits(model: ThrottlingModel) throws {
        var scenario = ScenarioText()
        scenario.stream = #""shards": 1, "throttling": "\#(model.rawValue)""#
        #expect(try spec(scenario).stream.limits.writeThrottling == model)
        scenario.stream = #""shards": 1, "limits": {"writeRecordsPerSecond": 10}, "throttling": "\#(model.rawValue)""#
        #expect(try spec(scenario).stream.limits.writeThrottling == model)
        scenario.stream = #""shards": 1, "throttling": "leaky-bucket""#
        #expect(problems(scenario) == [
            #"stream.throttling: "leaky-bucket" is not a throttling model (allowed: "token-bucket", "sliding-window", "fixed-window")"#,
        ])
    }
}
