import Testing
import SimKernel
import StreamModel
import Telemetry
@testable import FleetModel

/// `fleet.partitionKey`: which key (and so which hash key and key length) each record carries.
struct PartitionKeyTests {
    typealias F = FleetFixture

    func entries(mode: PartitionKeyMode, gateways: Int = 2, kind: DeviceKind = .temperature) -> [(gateway: Int, entry: PutEntry<Reading>)] {
        var config = F.config(gateways: gateways, devices: 6, kind: kind, emitUntil: .seconds(2))
        config.partitionKey = mode
        var fleet = Fleet(config: config)
        return fleet.sendAll().flatMap { batch in batch.entries.map { (batch.gateway, $0) } }
    }

    @Test(arguments: [DeviceKind.temperature, .gps])
    func test_H2_deviceModeHashesTheDeviceID(kind: DeviceKind) {
        let sent = entries(mode: .device, kind: kind)
        #expect(sent.count == 12)
        for (_, entry) in sent {
            let id = DeviceIdentity.deviceID(index: entry.payload.device, kind: kind)
            #expect(entry.hashKey == PartitionKeyHash.hashKey(for: id), "\(id)")
            #expect(entry.partitionKeyLength == Int32(id.utf8.count))
        }
        #expect(Set(sent.map(\.entry.hashKey)).count == 6)
    }

    @Test func test_H2_gatewayModeHashesTheGatewayID() {
        let sent = entries(mode: .gateway, gateways: 3)
        for (gateway, entry) in sent {
            let id = DeviceIdentity.gatewayID(index: UInt32(gateway))
            #expect(entry.hashKey == PartitionKeyHash.hashKey(for: id))
            #expect(entry.partitionKeyLength == Int32(id.utf8.count))
        }
        #expect(Set(sent.map(\.entry.hashKey)).count == 3)
    }

    @Test func test_H2_constantModeUsesOneKeyForEveryRecord() {
        let sent = entries(mode: .constant("hot-key"))
        #expect(sent.allSatisfy { $0.entry.hashKey == PartitionKeyHash.hashKey(for: "hot-key") })
        #expect(sent.allSatisfy { $0.entry.partitionKeyLength == 7 })
    }

    @Test func test_H2_randomModeDrawsAFreshKeyPerRecord() {
        let sent = entries(mode: .random)
        #expect(sent.allSatisfy { $0.entry.partitionKeyLength == 36 })
        #expect(Set(sent.map(\.entry.hashKey)).count == sent.count)
        // Spread over the space: both halves are hit.
        #expect(sent.contains { $0.entry.hashKey < UInt128(1) << 127 })
        #expect(sent.contains { $0.entry.hashKey >= UInt128(1) << 127 })
    }

    @Test func test_W2_recordBytesAreDataPlusKey() {
        for (_, entry) in entries(mode: .device) {
            #expect(entry.dataBytes == Int32(entry.payload.payloadBytes))
            #expect(entry.recordBytes == Int64(entry.payload.payloadBytes) + Int64(entry.partitionKeyLength))
        }
    }
}
