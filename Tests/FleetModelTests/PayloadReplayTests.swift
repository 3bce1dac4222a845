import Testing
import SimKernel
import StreamModel
import Telemetry
@testable import FleetModel

/// Replayed payloads are the ones the fleet emitted: same value, size and timestamp, in any
/// order of asking, for every kind and with jitter and traffic bursts.
struct PayloadReplayTests {
    typealias F = FleetFixture

    func emitted(_ config: FleetConfig) -> [Reading] {
        var fleet = Fleet(config: config)
        var readings: [Reading] = []
        var pending = fleet.start().enumerated().compactMap { gateway, time in time.map { (gateway, $0) } }
        while let (gateway, time) = pending.min(by: { $0.1 < $1.1 }) {
            pending.removeAll { $0.0 == gateway }
            let (request, _, next) = fleet.send(gateway: gateway, now: time)
            readings += fleet.requests[request].entries.map(\.payload)
            if let next { pending.append((gateway, next)) }
        }
        return readings
    }

    @Test func everyReplayedPayloadIsTheEmittedOne() {
        var config = F.config(gateways: 3, devices: 12, kind: .gps, emitUntil: .seconds(60), seed: 5)
        config.groups.append(DeviceGroupConfig(kind: .cpu, count: 5, interval: .seconds(2), jitter: .milliseconds(300)))
        config.groups.append(DeviceGroupConfig(kind: .weather, count: 4, interval: .seconds(3)))
        config.bursts = [TrafficBurst(start: .zero + .seconds(20), duration: .seconds(10), multiplier: 4, kinds: [.cpu])]
        let readings = emitted(config)
        #expect(readings.count > 500)
        var replay = PayloadReplay(config: config)
        // Backwards for a few, then forwards: both orders work.
        for reading in readings.suffix(20).reversed() + readings {
            let payload = replay.payload(of: reading.id)
            #expect(payload.device == reading.device && payload.kind == reading.kind)
            #expect(UInt32(payload.byteCount) == reading.payloadBytes)
            #expect(payload.observation.primaryValue == reading.value)
            #expect(payload.epochMillis == config.epochMillisAtStart + reading.emittedAt.milliseconds)
        }
    }
}
