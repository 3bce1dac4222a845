import Testing
import SimKernel
import StreamModel
import Telemetry
@testable import FleetModel

/// Same seed, same run; and `readingsHeld` accounts for every reading not yet accepted or dropped.
struct FleetDeterminismTests {
    typealias F = FleetFixture

    /// A busy fleet against a tight stream: throttling, retries and lost responses all happen.
    func world(seed: UInt64) -> MiniWorld {
        var config = F.config(gateways: 3, devices: 60, interval: .milliseconds(500), jitter: .milliseconds(50),
                              emitUntil: .seconds(3), seed: seed)
        config.uplinkLatency = .lognormal(.init(median: .milliseconds(20), p99: .milliseconds(150)))
        config.batching = BatchingConfig(maxRecords: 20, linger: .milliseconds(100))
        config.ackLossRate = 0.1
        var limits = StreamLimits()
        limits.writeRecordsPerSecond = 40
        return MiniWorld(fleet: Fleet(config: config), stream: DataStream(shardCount: 2, limits: limits))
    }

    @Test func sameSeedGivesTheSameSequenceOfSends() {
        var a = world(seed: 42)
        var b = world(seed: 42)
        a.run()
        b.run()
        #expect(a.log.count > 50)
        #expect(a.log == b.log)
    }

    @Test func differentSeedsGiveDifferentRuns() {
        var a = world(seed: 42)
        var b = world(seed: 43)
        a.run()
        b.run()
        #expect(a.log != b.log)
    }

    @Test func sendAllIsDeterministic() {
        let config = F.config(gateways: 2, devices: 10, jitter: .milliseconds(30), seed: 9)
        var first = Fleet(config: config)
        var second = Fleet(config: config)
        let a = first.sendAll()
        let b = second.sendAll()
        #expect(a.map(\.sentAt) == b.map(\.sentAt))
        #expect(a.map { $0.entries.map(\.payload) } == b.map { $0.entries.map(\.payload) })
        #expect(a.map { $0.entries.map(\.hashKey) } == b.map { $0.entries.map(\.hashKey) })
    }

    @Test func readingsHeldCountsBufferedReadingsAfterStart() {
        var config = F.config(gateways: 2, devices: 6, emitUntil: .seconds(3))
        config.batching = BatchingConfig(maxRecords: 2, linger: .seconds(5))
        var fleet = Fleet(config: config)
        #expect(fleet.readingsHeld() == 0)
        _ = fleet.start()
        #expect(fleet.readingsHeld() == 4)  // each gateway's first batch of two
        #expect(fleet.counters.emitted == 4)
    }

    @Test func readingsHeldCountsTheByteCarryAndRequestsInFlight() {
        var config = F.config(devices: 5, emitUntil: .seconds(1))
        // Every batch is its first reading alone; the next reading is carried into the next batch.
        config.batching = BatchingConfig(maxRecords: 500, maxBytes: 1, linger: .seconds(5))
        var fleet = Fleet(config: config)
        let first = fleet.start()[0]!
        #expect(fleet.counters.emitted == 2)
        #expect(fleet.readingsHeld() == 2)  // the batch and the carry
        let (request, _, next) = fleet.send(gateway: 0, now: first)
        #expect(fleet.requests[request].entries.count == 1)
        #expect(next == first || next! > first)
        #expect(fleet.counters.emitted == 3)
        #expect(fleet.readingsHeld() == 3)  // in flight, new batch, new carry
        let noted1 = fleet.noteAccepted(request: request, entry: 0)
        #expect(noted1)
        #expect(fleet.readingsHeld() == 2)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func everyReadingIsAcceptedDroppedOrHeldAtEveryStep(seed: UInt64) {
        var world = world(seed: seed)
        world.run { world in
            let fleet = world.fleet
            #expect(fleet.counters.emitted == world.accepted + fleet.counters.dropped + fleet.readingsHeld())
        }
        #expect(world.fleet.readingsHeld() == 0)
        #expect(world.fleet.counters.emitted == world.accepted + world.fleet.counters.dropped)
        #expect(world.fleet.counters.dropped > 0)
        #expect(world.fleet.counters.retries > 0)
        #expect(world.fleet.counters.lostResponses > 0)
        #expect(world.fleet.counters.emitted >= 60 * 5)
        let stored = world.stream.shards.reduce(0) { $0 + $1.nextOffset }
        #expect(stored == world.accepted + world.duplicates)
    }
}
