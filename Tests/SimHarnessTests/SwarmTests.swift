import FleetModel
import Scenario
import SimHarness
import SimKernel
import Telemetry
import Testing

/// Swarm testing: for each seed, draw a small scenario with random knobs (fleet shape, batching,
/// retries, ack loss, partition keys, shard count and limits, consumers of every kind with KCL
/// worker crashes and Lambda failures, windows), run it, and
/// require that every safety invariant holds and every reading and record is accounted for.
/// Every model's whole-state audit runs every 250 events along the way.
/// Liveness may fail: some draws starve a consumer of the shared read limits, a legitimate
/// outcome; then its unread records must be counted exactly. The failing seed is in the test
/// case's name and the scenario text in its message.
@Suite struct SwarmTests {
    @Test(arguments: 0..<96)
    func swarmScenarioHoldsItsInvariants(seed: UInt64) throws {
        let text = SwarmScenario(seed: seed).text
        let loaded: LoadedScenario
        switch ScenarioLoader.parse(text: text, origin: "swarm-\(seed)") {
        case .success(let value): loaded = value
        case .failure(let errors): Issue.record("seed \(seed) drew an invalid scenario: \(errors)\n\(text)"); return
        }
        var runner = Runner(config: WorldConfig(scenario: loaded.spec))
        runner.auditEvery = 250
        let result = runner.runToEnd()
        for invariant in result.invariants where invariant.name != "liveness" {
            #expect(invariant.holds, "seed \(seed): \(invariant.firstViolation ?? "")\n\(text)")
        }
        let metrics = result.metrics
        #expect(result.fleet.emitted == metrics.accepted - metrics.duplicates + result.fleet.dropped + result.inFlight,
                "seed \(seed)")
        #expect(result.inFlight == 0, "seed \(seed): readings still held at the end of drain")
        for (index, consumer) in metrics.consumers.enumerated() {
            #expect(consumer.delivered - consumer.redeliveries + result.undelivered[index] == metrics.accepted,
                    "seed \(seed): consumer \(result.consumerNames[index])")
        }
        let livenessHolds = result.invariants.first { $0.name == "liveness" }?.holds == true
        #expect(livenessHolds == result.undelivered.allSatisfy { $0 == 0 }, "seed \(seed)")
    }
}

/// A random but valid scenario: small enough to run in well under a second in a debug build.
struct SwarmScenario {
    var random: SimRandom

    init(seed: UInt64) { random = SimRandom(masterSeed: seed, label: "swarm", index: 0) }

    var text: String {
        var random = self.random
        func pick<T>(_ options: [T]) -> T { options[Int(random.bounded(UInt64(options.count)))] }
        let kinds = DeviceKind.allCases.map(\.description)
        let groups = (0..<(1 + Int(random.bounded(3)))).map { _ in
            #"{"kind": "\#(pick(kinds))", "count": \#(5 + random.bounded(60)), "interval": "\#(pick(["200ms", "1s", "2s"]))", "jitter": "\#(pick(["0ms", "50ms", "150ms"]))", "anomalyRate": \#(pick([0, 0.01, 0.5]))}"#
        }
        let consumers = (0..<(1 + Int(random.bounded(3)))).map { index in
            let window = #"{"type": "tumbling", "size": "\#(pick(["5s", "10s", "60s"]))", "time": "\#(pick(["event", "processing"]))", "groupBy": "\#(pick(["kind", "device", "gateway", "shard"]))", "watermarkLag": "\#(pick(["0s", "2s"]))", "allowedLateness": "\#(pick(["0s", "1s"]))"}"#
            let kind = pick([#""type": "polling""#, #""type": "polling""#,
                             #""type": "kcl", "workers": \#(1 + random.bounded(3)), "checkpoint": {"every": \#(pick([10, 1000])), "interval": "5s"}, "retrieval": "\#(pick(["polling", "fanout"]))""#,
                             #""type": "lambda", "batchSize": \#(pick([1, 100])), "parallelization": \#(pick([1, 4])), "failureRate": \#(pick([0, 0.05])), "bisectOnError": \#(pick([true, false]))"#])
            return #"{"name": "c\#(index)", \#(kind), "pollInterval": "\#(pick(["100ms", "200ms", "1s"]))", "limit": \#(pick([10, 100, 10000])), "iterator": "\#(pick(["TRIM_HORIZON", "LATEST"]))", "readLatency": \#(pick(["\"0ms\"", "\"5ms\"", #"{"dist": "exponential", "mean": "20ms"}"#])), "analytics": [\#(window)]}"#
        }
        let crash = consumers.firstIndex { $0.contains(#""type": "kcl""#) }.map {
            #", "faults": [{"at": "5s", "type": "consumer-crash", "consumer": "c\#($0)", "worker": 0, "duration": "\#(pick(["1s", "20s"]))"}]"#
        } ?? ""
        return #"""
        {"version": 1, "name": "swarm", "seed": \#(random.next()), "duration": "\#(pick(["10s", "30s"]))", "drain": "2m",
         "fleet": {"gateways": \#(1 + random.bounded(8)), "devices": [\#(groups.joined(separator: ", "))],
                   "partitionKey": \#(pick([#""device""#, #""gateway""#, #""random""#, #""constant:hot""#, #""timestamp-ms""#,
                                             #"{"dist": "zipf", "keys": 100, "s": 1.1}"#])),
                   "batching": {"maxRecords": \#(pick([1, 10, 500])), "maxBytes": "\#(pick(["300B", "5KiB", "5MiB"]))", "linger": "\#(pick(["0ms", "50ms", "250ms"]))"},
                   "uplinkLatency": \#(pick(["\"1ms\"", #"{"dist": "uniform", "min": "1ms", "max": "80ms"}"#, #"{"dist": "lognormal", "median": "20ms", "p99": "150ms"}"#])),
                   "retry": {"maxAttempts": \#(1 + random.bounded(5)), "baseDelay": "\#(pick(["10ms", "100ms"]))", "maxDelay": "1s", "jitter": "\#(pick(["full", "none"]))"},
                   "ackLossRate": \#(pick([0, 0.01, 0.2]))},
         "stream": {"shards": \#(1 + random.bounded(4)),
                    "limits": {"writeRecordsPerSecond": \#(pick([20, 100, 1000])), "writeBytesPerSecond": "\#(pick(["4KiB", "64KiB", "1MiB"]))", "readCallsPerSecond": \#(pick([1, 5])), "readBytesPerSecond": "\#(pick(["16KiB", "2MiB"]))"}},
         "consumers": [\#(consumers.joined(separator: ", "))]\#(crash)}
        """#
    }
}
