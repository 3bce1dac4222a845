import ConsumerModel
import Scenario
import SimHarness
import SimKernel

/// Small runs whose records reach the stream the instant they are emitted: each reading is its
/// own PutRecords request, sent at once over an uplink that takes no time, far below the write
/// limits (by default 100 devices at 1 s into one shard). A record's end-to-end latency (emission →
/// processed) is then its put-to-get latency, from acceptance to the consumer — the quantity
/// AWS's latency figures (L1–L6) describe — with nothing of the gateways' batching in it.
enum PutToGetFixtures {
    static let devices = #"{"kind": "temperature", "count": 100, "interval": "1s"}"#

    /// The scenario with `consumers` and `faults` (JSON array elements), `stream` (a JSON
    /// object) and `devices` (one device group).
    static func spec(consumers: String, stream: String = #"{"shards": 1}"#, devices: String = devices,
                     faults: String = "", duration: String = "2m") -> ScenarioSpec {
        let text = #"""
        {"version": 1, "name": "put-to-get", "seed": 3, "duration": "\#(duration)", "drain": "10s",
         "fleet": {"gateways": 1, "devices": [\#(devices)], "batching": {"maxRecords": 1}, "uplinkLatency": "0ms"},
         "stream": \#(stream),
         "consumers": [\#(consumers)],
         "faults": [\#(faults)]}
        """#
        switch ScenarioLoader.parse(text: text, origin: "put-to-get") {
        case .success(let loaded): return loaded.spec
        case .failure(let errors): preconditionFailure("put-to-get fixture does not load: \(errors)\n\(text)")
        }
    }

    /// The world of `spec` with every fan-out consumer's push delay replaced by `pushDelay`.
    static func config(_ spec: ScenarioSpec, pushDelay: Distribution) -> WorldConfig {
        var config = WorldConfig(scenario: spec)
        for index in config.consumers.indices where config.consumers[index].fanOut != nil {
            config.consumers[index].fanOut!.pushDelay = pushDelay
        }
        return config
    }

    /// `count` consumers `name0`, `name1`, … with the same settings (a JSON object's members).
    static func consumers(_ count: Int, named name: String, _ settings: String) -> String {
        (0..<count).map { #"{"name": "\#(name)\#($0)", \#(settings)}"# }.joined(separator: ", ")
    }
}
