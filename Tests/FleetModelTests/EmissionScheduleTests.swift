import Testing
import SimKernel
import StreamModel
import Telemetry
@testable import FleetModel

/// Device emission times: a random phase within the interval, then every interval, each shifted
/// by a jitter draw in `[0, jitter)`, while before `emitUntil`.
struct EmissionScheduleTests {
    typealias F = FleetFixture

    @Test func emissionsArePhasePlusWholeIntervalsWithoutJitter() {
        let interval = SimDuration.milliseconds(700)
        let emitUntil = SimDuration.seconds(6)
        var fleet = Fleet(config: F.config(devices: 25, interval: interval, emitUntil: emitUntil))
        let byDevice = Fleet.readingsByDevice(fleet.sendAll())
        #expect(byDevice.count == 25)
        var phases: Set<SimTime> = []
        for (device, readings) in byDevice {
            let phase = readings[0].emittedAt
            phases.insert(phase)
            #expect(phase < .zero + interval, "device \(device)")
            for (k, reading) in readings.enumerated() {
                #expect(reading.id.sequence == UInt32(k))
                #expect(reading.emittedAt == phase + interval * Int64(k), "device \(device) reading \(k)")
            }
            // Stops exactly at emitUntil: the last is before it, the next would not be.
            #expect(readings.last!.emittedAt < .zero + emitUntil)
            #expect(readings.last!.emittedAt + interval >= .zero + emitUntil)
        }
        #expect(phases.count > 20)  // phases are drawn per device, not shared
    }

    @Test func jitterShiftsEachEmissionWithinItsWindow() {
        let interval = SimDuration.seconds(1)
        let jitter = SimDuration.milliseconds(300)
        let emitUntil = SimDuration.seconds(20)
        var fleet = Fleet(config: F.config(devices: 10, interval: interval, jitter: jitter, emitUntil: emitUntil))
        let byDevice = Fleet.readingsByDevice(fleet.sendAll())
        var jittered = 0
        for (device, readings) in byDevice {
            // emittedAt_k − k·interval = phase + jitter_k, so these offsets span less than `jitter`.
            let offsets = readings.enumerated().map { k, reading in (reading.emittedAt - interval * Int64(k)).nanoseconds }
            #expect(offsets.min()! >= 0)
            #expect(offsets.max()! < (interval + jitter).nanoseconds)
            #expect(offsets.max()! - offsets.min()! < jitter.nanoseconds, "device \(device)")
            if Set(offsets).count > 1 { jittered += 1 }
            #expect(zip(readings, readings.dropFirst()).allSatisfy { $0.emittedAt < $1.emittedAt })
            #expect(readings.last!.emittedAt < .zero + emitUntil)
            #expect(readings.last!.emittedAt + interval + jitter > .zero + emitUntil)
            #expect(readings.count >= 19 && readings.count <= 20)
        }
        #expect(jittered == 10)
    }

    @Test func nothingIsEmittedAtOrAfterEmitUntil() {
        var fleet = Fleet(config: F.config(devices: 30, interval: .milliseconds(250), emitUntil: .seconds(2)))
        let batches = fleet.sendAll()
        let readings = batches.flatMap { $0.entries.map(\.payload) }
        #expect(readings.allSatisfy { $0.emittedAt < .zero + .seconds(2) })
        #expect(readings.count == 30 * 8)
        #expect(fleet.counters.emitted == 240)
    }

    @Test func emitUntilZeroEmitsNothing() {
        var fleet = Fleet(config: F.config(devices: 5, emitUntil: .zero))
        #expect(fleet.start() == [nil])
        #expect(fleet.counters.emitted == 0)
        #expect(fleet.readingsHeld() == 0)
    }

    @Test func aDevicesScheduleDoesNotDependOnTheGatewayCount() {
        var one = Fleet(config: F.config(gateways: 1, devices: 12, jitter: .milliseconds(100)))
        var four = Fleet(config: F.config(gateways: 4, devices: 12, jitter: .milliseconds(100)))
        let a = Fleet.readingsByDevice(one.sendAll()).mapValues { $0.map(\.emittedAt) }
        let b = Fleet.readingsByDevice(four.sendAll()).mapValues { $0.map(\.emittedAt) }
        #expect(a == b)
    }

    @Test func devicesAreAssignedToGatewaysRoundRobin() {
        var fleet = Fleet(config: F.config(gateways: 3, devices: 7))
        let batches = fleet.sendAll()
        for batch in batches {
            for entry in batch.entries {
                #expect(Int(entry.payload.device) % 3 == batch.gateway)
                #expect(entry.payload.gateway == UInt32(batch.gateway))
            }
        }
        let gatewaysUsed = Set(batches.map(\.gateway))
        #expect(gatewaysUsed == [0, 1, 2])
        #expect(Set(batches.flatMap { $0.entries.map(\.payload.device) }) == Set(0..<7))
    }
}
