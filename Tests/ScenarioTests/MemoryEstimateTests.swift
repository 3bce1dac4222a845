import SimKernel
import Testing
@testable import Scenario

/// Issue 8, defect 13: the memory a run needs is estimated from the scenario before it starts.
@Suite struct MemoryEstimateTests {
    static func estimate(_ scenario: ScenarioText) throws -> MemoryEstimate { try spec(scenario).memoryEstimate }

    static func part(_ name: String, of estimate: MemoryEstimate) -> Double {
        estimate.parts.first { $0.name == name }?.bytes ?? -1
    }

    @Test func aMinimalScenarioNeedsAboutTheProcessItself() throws {
        let estimate = try Self.estimate(ScenarioText())
        #expect(estimate.bytes > 44e6 && estimate.bytes < 46e6, "\(estimate)")
        #expect(estimate.text == "45 MB")
    }

    /// The two scenarios of the issue that aborted with exit 134 are estimated far above any laptop.
    @Test func tenMillionDevicesAreEstimatedInGigabytes() throws {
        var scenario = ScenarioText()
        scenario.fleet = #""gateways": 1000, "devices": [{"kind": "temperature", "count": 10000000}]"#
        let estimate = try Self.estimate(scenario)
        #expect(Self.part("devices", of: estimate) == 6.6e9)
        #expect(estimate.largestPart.name == "devices" && estimate.text == "6.6 GB")
    }

    /// Offline queues: an outage's gateways hold their share of the emissions for its duration,
    /// capped by the queue: 10 temperature sensors a second behind 5 gateways, 2 of them offline
    /// for 100 s, hold at most 400 readings, or 2 × 150 with a capacity of 150.
    @Test func offlineQueuesHoldTheOutagesShareCappedByCapacity() throws {
        var scenario = ScenarioText()
        scenario.fleet = #""gateways": 5, "devices": [{"kind": "temperature", "count": 10}]"#
        scenario.top = #""version": 1, "name": "minimal", "duration": "5m""#
        scenario.extra = #", "faults": [{"at": "1m", "type": "gateway-offline", "gateways": "0-1", "duration": "100s"}]"#
        #expect(Self.part("offline queues", of: try Self.estimate(scenario)) == 400 * 250)
        scenario.fleet += #", "offlineQueue": {"capacity": 150}"#
        #expect(Self.part("offline queues", of: try Self.estimate(scenario)) == 300 * 250)
        #expect(Self.part("offline queues", of: try Self.estimate(ScenarioText())) == 0)
    }

    @Test func shardsAndConsumersMultiply() throws {
        var scenario = ScenarioText()
        scenario.stream = #""shards": 10000"#
        scenario.consumers = (0..<20).map { #"{"name": "c\#($0)"}"# }.joined(separator: ", ")
        let estimate = try Self.estimate(scenario)
        #expect(Self.part("shards", of: estimate) == 2.6e7)
        #expect(Self.part("consumer state per shard", of: estimate) == 3.4e7)
    }

    /// Scaling can double the shards 10 times a day (autoscaling) or once per split delay (on
    /// demand), up to 10,000 open; closed parents stay, so twice that many ever exist, four times
    /// with UpdateShardCount's intermediate shards (fewer than 4 × target per call).
    @Test func scalingCountsTheShardsItCanReach() throws {
        var scenario = ScenarioText()
        scenario.stream = #""shards": 4, "autoscaling": {}"#
        #expect(try spec(scenario).shardsEverCreated == 4 * 4_096)
        scenario.stream = #""mode": "on-demand", "onDemand": {"splitDelay": "1m"}"#
        #expect(try spec(scenario).shardsEverCreated == 2 * 4 * 64)
        scenario.stream = #""shards": 2"#
        scenario.extra = #", "faults": [{"at": "1s", "type": "split-shard", "shard": 0}, {"at": "2s", "type": "update-shard-count", "target": 4}]"#
        #expect(try spec(scenario).shardsEverCreated == 2 + 2 + 4 * 4)
    }

    /// A consumer processing 1 record/s behind 1,000 records/s keeps almost every record for the run.
    @Test func aSlowConsumerRetainsTheBacklog() throws {
        var scenario = ScenarioText.consumer(#""processing": "1s""#)
        scenario.fleet = #""gateways": 1, "devices": [{"kind": "temperature", "count": 1000, "interval": "1s"}]"#
        let retained = try spec(scenario).retainedRecords
        #expect(retained > 59_900 && retained < 60_000, "\(retained)")
        scenario.consumers = #"{"name": "reader"}"#
        #expect(try spec(scenario).retainedRecords == 0)
    }

    /// A KCL application keeps up to one checkpoint's worth of each shard; a Lambda mapping its
    /// read-ahead. 1,000 records/s into the minimal scenario's shards.
    @Test func checkpointingConsumersKeepWhatTheyHaveNotCheckpointed() throws {
        var scenario = ScenarioText.consumer(#""type": "kcl", "checkpoint": {"every": 5000, "interval": "60s"}"#)
        scenario.fleet = #""gateways": 1, "devices": [{"kind": "temperature", "count": 1000, "interval": "1s"}]"#
        let shards = Double(try spec(scenario).stream.shards)
        #expect(try spec(scenario).retainedRecords == 5_000 * shards)
        scenario.consumers = #"{"name": "reader", "type": "kcl", "checkpoint": {"every": 100000, "interval": "1s"}}"#
        #expect(try spec(scenario).retainedRecords == 1_000)
        scenario.consumers = #"{"name": "reader", "type": "lambda", "batchSize": 50, "parallelization": 4}"#
        #expect(try spec(scenario).retainedRecords == 200 * shards)
    }

    @Test func windowsGroupedByDeviceCostPerGroupAndWindow() throws {
        var scenario = ScenarioText.analytics(#""type": "tumbling", "size": "1s", "groupBy": "device", "watermarkLag": "0s""#)
        scenario.fleet = #""gateways": 1, "devices": [{"kind": "temperature", "count": 20000, "interval": "1s"}]"#
        let windows = Self.part("windows", of: try Self.estimate(scenario))
        // 6m of run: 361 closed windows and 2 open ones, 20,000 groups each.
        #expect(windows == 361 * 20_000 * 400 + 2 * 20_000 * 40)
    }

    @Test func theFitComparesWithTheMachine() {
        let estimate = MemoryEstimate(parts: [.init(name: "devices", bytes: 6e9)])
        #expect(estimate.fit(physicalBytes: 16e9) == .fits)
        #expect(estimate.fit(physicalBytes: 8e9) == .close(fraction: 0.75))
        #expect(estimate.fit(physicalBytes: 4e9) == .tooLarge)
    }
}
