import Foundation
import Testing
import SimKernel
import StreamModel
import Telemetry
@testable import FleetModel

/// `Fleet.sample`, what `simctl sample` prints: for thousands of seeded readings of every kind,
/// the payload length simctl computes (and every limit counts) is the length of the JSON it
/// serialises, and the partition key text hashes to the record's hash key.
struct SampleTests {
    @Test(arguments: DeviceKind.allCases)
    func computedLengthIsSerialisedLength(kind: DeviceKind) throws {
        let group = DeviceGroupConfig(kind: kind, count: 50, interval: .milliseconds(100), anomalyRate: 0.05)
        var config = FleetConfig(gateways: 3, groups: [group], emitUntil: .zero + .seconds(60),
                                 epochMillisAtStart: FleetFixture.epochMillis, masterSeed: 11)
        config.clockSkew = .uniform(min: .zero, max: .minutes(10))
        var fleet = Fleet(config: config)
        var replay = PayloadReplay(config: config)
        let records = fleet.sample(count: 5_000, kind: kind)
        #expect(records.count == 5_000)
        #expect(records.contains { $0.entry.payload.isAnomaly })
        for record in records {
            let json = replay.payload(of: record.entry.payload.id).render()
            #expect(json.utf8.count == Int(record.entry.payload.payloadBytes), "\(json)")
            #expect(record.entry.dataBytes == Int32(json.utf8.count))
            #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
            let key = try #require(record.partitionKey)
            #expect(PartitionKeyHash.hashKey(for: key) == record.entry.hashKey)
        }
    }

    @Test func sampledRecordsComeInEmissionOrderAndStopWithTheFleet() {
        var fleet = Fleet(config: FleetFixture.config(gateways: 3, devices: 6, emitUntil: .seconds(2)))
        let records = fleet.sample(count: 100, kind: nil)
        #expect(records.count == 12)
        let times = records.map(\.entry.payload.emittedAt)
        #expect(times == times.sorted())
    }
}
