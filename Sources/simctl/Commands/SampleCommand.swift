import ArgumentParser
import FleetModel
import Scenario
import SimHarness
import Telemetry

/// `simctl sample`: the records a scenario's fleet would put, as they would be put.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Print the first records a scenario's fleet emits: keys, payload bytes and ground truth.",
        discussion: """
        Each record shows its gateway and emission time, its partition key, the hash key Kinesis \
        routes it by (the key's MD5 as a 128-bit number; the SDK producer sets no explicit hash \
        key), the payload JSON exactly as its bytes are counted, and whether it is an injected \
        anomaly. With --producer kpl (or a scenario whose fleet.producer is "kpl"), the sampled \
        records are then packed as each gateway's KPL would pack them for the scenario's shards: \
        each Kinesis record's shard, the records inside, its partition key and explicit hash key, \
        and its size in the KPL's aggregated format. Nothing is sent and nothing is stored. Exit \
        0, or 65 for an invalid scenario.
        """)

    @Argument(help: "The scenario file.")
    var scenario: String

    @Option(help: "How many records to print (1 to 100000).")
    var count = 10

    @Option(help: "Only records of this device kind (temperature, cpu, gps, weather).")
    var kind: String?

    @Option(help: "Master seed (0 to 2^64 − 1); overrides the scenario's `seed`.")
    var seed: UInt64?

    @Option(help: "sdk or kpl: the producer to show the records through; overrides fleet.producer.")
    var producer: String?

    func validate() throws {
        guard (1...100_000).contains(count) else { throw ValidationError("--count \(count) is out of range (allowed: 1 to 100000)") }
        if let kind, DeviceKind.allCases.first(where: { $0.description == kind }) == nil {
            let names = DeviceKind.allCases.map(\.description).joined(separator: ", ")
            throw ValidationError("--kind \(kind) is not a device kind (allowed: \(names))")
        }
        if let producer, !["sdk", "kpl"].contains(producer) {
            throw ValidationError("--producer \(producer) is not a producer (allowed: sdk, kpl)")
        }
    }

    func run() throws {
        try CommandFailure.guarding {
            var loaded = try ScenarioInput.load(scenario)
            if let seed { loaded.spec.seed = seed }
            let config = WorldConfig(scenario: loaded.spec).fleet
            var fleet = Fleet(config: config)
            var replay = PayloadReplay(config: config)
            let wanted = kind.flatMap { name in DeviceKind.allCases.first { $0.description == name } }
            let records = fleet.sample(count: count, kind: wanted)
            for (index, record) in records.enumerated() {
                print(RecordSample(record, payload: replay.payload(of: record.entry.payload.id), number: index + 1,
                                   epochMillisAtStart: config.epochMillisAtStart).text)
            }
            if records.count < count { print("(the fleet emits only \(records.count) such records)") }
            let kpl = producer == "sdk" ? nil : loaded.spec.fleet.kpl ?? (producer == "kpl" ? KPLConfig() : nil)
            guard let kpl else { return }
            let shards = loaded.spec.stream.shards
            print("\nAs the KPL packs them (per gateway and predicted shard of \(shards)):")
            for aggregate in Fleet.aggregate(records, shardCount: shards, kpl: kpl) {
                print(AggregateSample(aggregate, records: records).text)
            }
        }
    }
}
