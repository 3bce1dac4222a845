import Testing
import SimKernel
import StreamModel
import Telemetry
@testable import FleetModel

/// `traffic-burst`: devices of the burst's kinds emit `multiplier` times as often during
/// `[at, at + duration)`; the gap after an emission is decided when it is made.
struct TrafficBurstTests {
    typealias F = FleetFixture

    static let burst = TrafficBurst(start: .zero + .seconds(10), duration: .seconds(5), multiplier: 4, kinds: [.temperature])

    /// Each device's emission times under one burst of `multiplier` on its 1 s interval.
    static func emissions(multiplier: Double, kinds: [DeviceKind] = [.temperature], jitter: SimDuration = .zero,
                          seed: UInt64 = 7) -> [UInt32: [SimTime]] {
        var config = F.config(devices: 20, interval: .seconds(1), jitter: jitter, emitUntil: .seconds(20), seed: seed)
        config.bursts = [TrafficBurst(start: .zero + .seconds(10), duration: .seconds(5), multiplier: multiplier, kinds: kinds)]
        var fleet = Fleet(config: config)
        return Fleet.readingsByDevice(fleet.sendAll()).mapValues { $0.map(\.emittedAt) }
    }

    static func count(_ times: [SimTime], from start: Int64, to end: Int64) -> Int {
        times.filter { $0 >= .zero + .seconds(start) && $0 < .zero + .seconds(end) }.count
    }

    /// ×4: 250 ms gaps from the device's first emission at or after 10 s until it passes 15 s,
    /// then 1 s gaps again from one burst gap after its last emission inside the burst.
    @Test func emissionCountsBeforeDuringAndAfterAFourfoldBurstAreExact() {
        let byDevice = Self.emissions(multiplier: 4)
        #expect(byDevice.count == 20)
        for (device, times) in byDevice {
            let phase = times[0].nanoseconds
            #expect(Self.count(times, from: 0, to: 10) == 10, "device \(device)")
            let firstInBurst = phase + 10_000_000_000
            let during = (15_000_000_000 - firstInBurst + 249_999_999) / 250_000_000
            #expect(Self.count(times, from: 10, to: 15) == Int(during), "device \(device)")
            let firstAfter = firstInBurst + during * 250_000_000
            let after = (20_000_000_000 - firstAfter + 999_999_999) / 1_000_000_000
            #expect(Self.count(times, from: 15, to: 20) == Int(after), "device \(device)")
            #expect(times[10 + Int(during)] == SimTime(nanoseconds: firstAfter))
            #expect(times.count == 10 + Int(during) + Int(after))
        }
    }

    @Test func aHalvingBurstEmitsEveryTwoSeconds() {
        for (device, times) in Self.emissions(multiplier: 0.5) {
            let phase = times[0]
            let expected = (0..<10).map { phase + .seconds($0) } + [10, 12, 14].map { phase + .seconds($0) }
                + [16, 17, 18, 19].map { phase + .seconds($0) }
            #expect(times == expected, "device \(device)")
        }
    }

    @Test func otherKindsAreUntouchedAndKeepTheirLane() {
        func fleet(bursts: [TrafficBurst]) -> Fleet {
            var config = F.config(devices: 10, interval: .seconds(1), emitUntil: .seconds(20))
            config.groups.append(DeviceGroupConfig(kind: .cpu, count: 10, interval: .seconds(1), anomalyRate: 0))
            config.bursts = bursts
            return Fleet(config: config)
        }
        let cpuBurst = TrafficBurst(start: .zero + .seconds(10), duration: .seconds(5), multiplier: 4, kinds: [.cpu])
        var plain = fleet(bursts: [])
        var bursty = fleet(bursts: [cpuBurst])
        #expect(plain.gateways[0].schedule.lanes.count == 2)
        #expect(bursty.gateways[0].schedule.lanes.count == 1, "the burst's group is on the heap")
        let before = Fleet.readingsByDevice(plain.sendAll())
        let after = Fleet.readingsByDevice(bursty.sendAll())
        for device in UInt32(0)..<10 { #expect(before[device] == after[device], "temperature device \(device)") }
        let cpuBefore = (UInt32(10)..<20).map { before[$0]!.count }.reduce(0, +)
        let cpuAfter = (UInt32(10)..<20).map { after[$0]!.count }.reduce(0, +)
        #expect(cpuAfter > cpuBefore + 100)
    }

    /// Jitter shrinks with the interval, so a jittered device still emits in order, each
    /// emission within its (scaled) jitter of its nominal time.
    @Test func jitteredDevicesStayInOrderThroughABurst() {
        let jitter = SimDuration.milliseconds(900)
        for (device, times) in Self.emissions(multiplier: 10, jitter: jitter) {
            #expect(zip(times, times.dropFirst()).allSatisfy { $0 < $1 }, "device \(device)")
            #expect(Self.count(times, from: 11, to: 14) >= 29, "device \(device)")
        }
    }

    @Test func burstsAreDeterministicAndSeedDependent() {
        let jitter = SimDuration.milliseconds(300)
        #expect(Self.emissions(multiplier: 3, jitter: jitter) == Self.emissions(multiplier: 3, jitter: jitter))
        #expect(Self.emissions(multiplier: 3, jitter: jitter) != Self.emissions(multiplier: 3, jitter: jitter, seed: 8))
    }

    @Test func theFleetAuditHoldsThroughoutABurstyRun() {
        var config = F.config(gateways: 3, devices: 60, interval: .milliseconds(500), jitter: .milliseconds(50),
                              emitUntil: .seconds(6))
        config.groups.append(DeviceGroupConfig(kind: .gps, count: 30, interval: .seconds(1), anomalyRate: 0))
        config.bursts = [TrafficBurst(start: .zero + .seconds(2), duration: .seconds(2), multiplier: 5, kinds: [.gps]),
                         TrafficBurst(start: .zero + .seconds(3), duration: .seconds(2), multiplier: 0.25,
                                      kinds: [.temperature, .gps])]
        var world = MiniWorld(fleet: Fleet(config: config), stream: DataStream(shardCount: 2, limits: StreamLimits()))
        var audits = 0
        world.run { world in
            world.fleet.checkInvariants()
            audits += 1
        }
        #expect(audits > 50)
        #expect(world.accepted == world.fleet.counters.emitted)
    }

    /// Overlapping bursts compound; gaps are the interval divided exactly, rounded down to a ns.
    @Test func overlappingBurstsCompoundInIntegerNanoseconds() {
        let group = DeviceGroupConfig(kind: .cpu, count: 1, interval: .seconds(1), jitter: .milliseconds(600))
        let bursts = [TrafficBurst(start: .zero + .seconds(10), duration: .seconds(10), multiplier: 2, kinds: [.cpu]),
                      TrafficBurst(start: .zero + .seconds(15), duration: .seconds(10), multiplier: 1.5, kinds: [.cpu]),
                      TrafficBurst(start: .zero + .seconds(12), duration: .seconds(1), multiplier: 9, kinds: [.gps])]
        let cadence = EmissionCadence(group: group, bursts: bursts)
        let at = { (seconds: Int64) in cadence.interval(at: .zero + .seconds(seconds)) }
        #expect([at(0), at(10), at(14), at(15), at(19), at(20), at(24), at(25)].map(\.nanoseconds)
                == [1_000_000_000, 500_000_000, 500_000_000, 333_333_333, 333_333_333, 666_666_666, 666_666_666, 1_000_000_000])
        #expect(cadence.jitter(at: .zero + .seconds(16)) == .nanoseconds(200_000_000))
        #expect(cadence.interval(at: .zero + .seconds(10) - .nanoseconds(1)) == .seconds(1))
        #expect(!cadence.isFixed && EmissionCadence(group: group, bursts: []).segments.isEmpty)
    }
}
