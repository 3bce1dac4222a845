import SimKernel
import StreamModel
import Telemetry
import Testing
@testable import FleetModel

/// `devices[].putMode`: a gateway writes each device group in its own put mode, through one
/// sender per mode that shares the gateway's identity.
@Suite struct MixedPutModeTests {
    /// 4 gateways: 40 temperature sensors writing one PutRecord each, 8 CPU monitors batched.
    static func config() -> FleetConfig {
        var sensors = DeviceGroupConfig(kind: .temperature, count: 40, interval: .seconds(1), anomalyRate: 0)
        sensors.putMode = .single
        let monitors = DeviceGroupConfig(kind: .cpu, count: 8, interval: .seconds(1), anomalyRate: 0)
        var config = FleetConfig(gateways: 4, groups: [sensors, monitors], emitUntil: .zero + .seconds(5),
                                 epochMillisAtStart: FleetFixture.epochMillis, masterSeed: 7)
        config.uplinkLatency = .constant(.milliseconds(10))
        return config
    }

    @Test func aGatewayHasASenderPerPutModeItsGroupsUse() {
        var fleet = Fleet(config: Self.config())
        #expect(fleet.config.putModes == [.batch, .single])
        #expect(fleet.gateways.map(\.physical) == [0, 1, 2, 3, 0, 1, 2, 3])
        #expect(fleet.gateways.map(\.putMode) == [.batch, .batch, .batch, .batch, .single, .single, .single, .single])
        #expect(fleet.gateways[1].hashKey == fleet.gateways[5].hashKey)
        #expect(Array(fleet.senders(of: 2)) == [2, 6])
        _ = fleet.start()
        for (sender, gateway) in fleet.gateways.enumerated() {
            let kinds = Set(gateway.batch.map(\.payload.kind))
            #expect(kinds == (sender < 4 ? [.cpu] : [.temperature]), "sender \(sender): \(kinds)")
            #expect(gateway.batch.allSatisfy { Int($0.payload.gateway) == gateway.physical })
            #expect(gateway.batch.count <= (sender < 4 ? 500 : 1))
        }
    }

    @Test func aFleetInOneModeHasOneSenderPerGateway() {
        var config = FleetFixture.config(gateways: 3, devices: 9)
        config.groups[0].putMode = .batch
        let fleet = Fleet(config: config)
        #expect(fleet.config.putModes == [.batch] && fleet.gateways.map(\.physical) == [0, 1, 2])
    }

    @Test func theSingleSenderWaitsForItsAnswerWhileTheBatchSenderGoesOn() {
        var fleet = Fleet(config: Self.config())
        let first = fleet.start()
        let single = fleet.send(gateway: 4, now: first[4]!)
        #expect(fleet.requests[single.request].entries.count == 1 && single.nextSendAt == nil)
        #expect(fleet.isBusy(gateway: 4) && !fleet.isBusy(gateway: 0))
        let batch = fleet.send(gateway: 0, now: first[0]!)
        #expect(batch.nextSendAt != nil)
    }
}
