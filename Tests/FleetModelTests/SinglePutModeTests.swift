import Testing
import SimKernel
@testable import StreamModel
import Telemetry
@testable import FleetModel

/// Single put mode (W5, P8): one PutRecord of one reading in flight per gateway, the next sent
/// only once the previous is answered, readings waiting in emission order, and each call
/// ordered after the gateway's previous accepted record.
struct SinglePutModeTests {
    typealias F = FleetFixture

    func config(gateways: Int = 1, devices: Int, latency: SimDuration, emitUntil: SimDuration = .seconds(5),
                seed: UInt64 = 7) -> FleetConfig {
        var config = F.config(gateways: gateways, devices: devices, emitUntil: emitUntil, seed: seed)
        config.putMode = .single
        config.uplinkLatency = .constant(latency)
        return config
    }

    @Test func test_W5_oneCallOfOneReadingInFlightPerGateway() {
        var world = MiniWorld(fleet: Fleet(config: config(gateways: 2, devices: 10, latency: .milliseconds(30))),
                              stream: DataStream(shardCount: 2, limits: StreamLimits()))
        var inFlightPeak = 0
        world.run { world in
            world.fleet.checkInvariants()  // includes: at most one call in flight per gateway
            let inFlight = world.fleet.requests.filter(\.inUse)
            #expect(inFlight.allSatisfy { $0.entries.count == 1 })
            inFlightPeak = max(inFlightPeak, inFlight.count)
        }
        #expect(inFlightPeak == 2)
        #expect(world.accepted == 50 && world.fleet.counters.emitted == 50)
        #expect(world.fleet.counters.requestsSent == 50)
        #expect(world.fleet.readingsHeld() == 0)
    }

    @Test func test_W5_readingsWaitForTheResponseInEmissionOrder() {
        // A 600 ms round trip against a reading every 100 ms: a backlog builds up.
        var world = MiniWorld(fleet: Fleet(config: config(devices: 10, latency: .milliseconds(300), emitUntil: .seconds(2))),
                              stream: DataStream(shardCount: 1, limits: StreamLimits()))
        world.run()
        let sends = world.log.filter { $0.contains(" send ") }
        #expect(sends.count == 20)
        let times = sends.map { Int64($0.split(separator: " ")[0])! }
        // Each send waits for the previous response: 600 ms apart.
        #expect(zip(times, times.dropFirst()).allSatisfy { $1 - $0 >= 600_000_000 })
        let emitted = sends.map { line -> Int64 in
            let entry = line.split(separator: "@").last!.dropLast(2)
            return Int64(entry)!
        }
        #expect(emitted == emitted.sorted())
        #expect(world.accepted == 20)
    }

    @Test func test_P8_eachGatewaysNumbersIncreaseAcrossShardsEvenWithinOneMillisecond() {
        // No uplink latency: a gateway's next call can arrive in the same millisecond (or instant)
        // as its previous one, on any of 8 shards.
        var config = config(gateways: 3, devices: 300, latency: .zero, emitUntil: .seconds(3))
        config.partitionKey = .random
        var world = MiniWorld(fleet: Fleet(config: config), stream: DataStream(shardCount: 8, limits: StreamLimits()))
        world.run()
        #expect(world.accepted == 900)
        for (gateway, numbers) in world.numbersByGateway {
            #expect(zip(numbers, numbers.dropFirst()).allSatisfy { $0 < $1 }, "gateway \(gateway)")
        }
        // Ties really happened: some shard raised a number above its arrival millisecond.
        #expect(world.stream.shards.contains { !$0.sequencing.floors.isEmpty })
    }

    @Test func test_W5_throttledCallIsRetriedThenDroppedAndTheGatewayMovesOn() {
        var config = config(devices: 3, latency: .milliseconds(10), emitUntil: .seconds(2))
        config.retry = RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(50), jitter: .none)
        var world = MiniWorld(fleet: Fleet(config: config), stream: F.throttlingStream())
        world.run { $0.fleet.checkInvariants() }
        #expect(world.fleet.counters.emitted == 6)
        #expect(world.fleet.counters.dropped == 6)
        #expect(world.fleet.counters.retries == 6)
        #expect(world.fleet.counters.requestsSent == 6)
    }

    @Test func test_P6_internalFailuresAreRetriedLikeThrottledEntries() {
        var config = config(devices: 5, latency: .milliseconds(10), emitUntil: .seconds(4))
        config.retry = RetryPolicy(maxAttempts: 10, baseDelay: .milliseconds(10), jitter: .none)
        var stream = DataStream<Reading>(shardCount: 1, limits: StreamLimits())
        stream.internalFailures = InternalFailures(random: SimRandom(seed: 5))
        stream.internalFailures!.begin(fault: 0, rate: 0.5)
        var world = MiniWorld(fleet: Fleet(config: config), stream: stream)
        world.run()
        #expect(world.fleet.counters.retries > 0)
        #expect(world.accepted == 20 && world.fleet.counters.dropped == 0)
    }

    @Test func readingsLeftWaitingWhenTheRunEndsCountAsEmittedAndHeld() {
        var fleet = Fleet(config: config(devices: 10, latency: .seconds(10), emitUntil: .seconds(5)))
        let first = fleet.start()[0]!
        let sent = fleet.send(gateway: 0, now: first)
        #expect(sent.nextSendAt == nil)  // it waits for the response
        #expect(fleet.counters.emitted == 2)  // the one sent and the next, taken when the call left
        fleet.takeBacklog(until: .zero + .seconds(3))
        #expect(fleet.counters.emitted == 30)
        #expect(fleet.readingsHeld() == 30)
        fleet.takeBacklog(until: .zero + .seconds(60))
        #expect(fleet.counters.emitted == 50)  // nothing is emitted after emitUntil
    }
}
