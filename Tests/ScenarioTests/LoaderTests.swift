import Foundation
import SimKernel
import Testing
@testable import Scenario

@Suite struct LoaderTests {
    /// The example of scenario-v1.md, verbatim.
    static let example = #"""
        {
          "version": 1,
          "name": "10k-devices",
          "description": "10,000 devices behind 100 gateways stream into 16 shards for an hour",
          "seed": 42,
          "duration": "1h",
          "fleet": {
            "gateways": 100,
            "devices": [
              {"kind": "temperature", "count": 4000, "interval": "1s"},
              {"kind": "cpu", "count": 3000, "interval": "5s"},
              {"kind": "gps", "count": 3000, "interval": "5s"}
            ],
            "partitionKey": "device"
          },
          "stream": {"shards": 16},
          "consumers": [
            {"name": "analytics", "type": "polling", "pollInterval": "200ms", "analytics": [
              {"type": "tumbling", "size": "60s", "groupBy": "kind"}
            ]}
          ],
          "slo": {"p99LatencyMs": 3000, "maxWriteThrottleRate": 0.001}
        }
        """#

    @Test func theSpecExampleParses() throws {
        let loaded = try ScenarioLoader.parse(text: Self.example, origin: "example").get()
        let spec = loaded.spec
        #expect(spec.name == "10k-devices" && spec.seed == 42 && spec.duration == .hours(1))
        #expect(spec.fleet.gateways == 100 && spec.fleet.totalDevices == 10_000)
        #expect(spec.fleet.devices.map(\.kind) == [.temperature, .cpu, .gps])
        #expect(spec.stream.shards == 16)
        #expect(spec.consumers.map(\.name) == ["analytics"])
        #expect(spec.consumers[0].pollInterval == .milliseconds(200))
        #expect(spec.consumers[0].analytics == [AnalyticsSpec(type: .tumbling, size: .seconds(60), groupBy: [.kind])])
        #expect(spec.slo == SLOSpec(p99LatencyMs: 3000, maxWriteThrottleRate: 0.001))
        #expect(loaded.text == Self.example && loaded.origin == "example")
    }

    @Test func sha256IsOfTheFileBytes() throws {
        let loaded = try ScenarioLoader.parse(text: ScenarioText().text, origin: "t").get()
        #expect(loaded.sha256.count == 64)
        #expect(ScenarioLoader.hexSHA256(Array("abc".utf8))
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func loadReadsAFileAndReportsAMissingOne() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-loader-test.json").path
        try Data(Self.example.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loaded = try ScenarioLoader.load(path: path).get()
        #expect(loaded.origin == path && loaded.spec.name == "10k-devices")
        guard case .failure(let errors) = ScenarioLoader.load(path: path + ".missing") else {
            Issue.record("a missing file loaded")
            return
        }
        #expect(errors.problems.count == 1)
        #expect(errors.problems[0].path == "$")
        #expect(errors.problems[0].message.hasPrefix("cannot read \(path).missing"))
    }

    @Test func rawBytesThatAreNotUTF8AreAProblemWithAPosition() {
        let bytes = Array(#"{"name": ""#.utf8) + [0xFF] + Array(#""}"#.utf8)
        guard case .failure(let errors) = ScenarioLoader.parse(bytes: bytes, origin: "t") else {
            Issue.record("bad bytes parsed")
            return
        }
        #expect(errors.description == "$: line 1, column 10: string is not valid UTF-8")
    }

    @Test func overridesReplaceSeedAndDuration() throws {
        let spec = try ScenarioLoader.parse(text: Self.example, origin: "t").get().spec
        let overridden = try spec.withOverrides(seed: 7, duration: .minutes(10))
        #expect(overridden.seed == 7 && overridden.duration == .minutes(10))
        #expect(try spec.withOverrides(seed: nil, duration: nil) == spec)
        #expect(throws: ScenarioErrors(problems: [ScenarioProblem(path: "duration", message: "--duration 0s is out of range (allowed: 1ms to 30d)")])) {
            try spec.withOverrides(seed: nil, duration: .zero)
        }
        #expect(try spec.withOverrides(seed: nil, duration: .hours(48)).duration == .hours(48))
    }
}
