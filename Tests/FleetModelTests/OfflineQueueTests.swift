import Testing
import SimKernel
import StreamModel
import Telemetry
@testable import FleetModel

/// `gateway-offline` and `fleet.offlineQueue`: batches due while a gateway is cut off are held;
/// a full queue gives up readings by its overflow policy; after reconnecting the queue drains at
/// `drainRate` requests per second, each within a batch's bounds.
struct OfflineQueueTests {
    typealias F = FleetFixture

    /// One gateway of 10 devices emitting every second, offline from the start until 5 s: its
    /// batches are held instead of sent. Returns the fleet at 5 s, before reconnecting.
    static func cutOff(queue: OfflineQueueConfig = OfflineQueueConfig(), maxRecords: Int = 8) -> Fleet {
        var config = F.config(devices: 10, emitUntil: .seconds(20))
        config.batching = BatchingConfig(maxRecords: maxRecords, linger: .milliseconds(100))
        config.offlineQueue = queue
        var fleet = Fleet(config: config)
        var next = fleet.start()[0]
        fleet.goOffline(gateway: 0)
        while let now = next, now < .zero + .seconds(5) {
            next = fleet.holdBatch(gateway: 0, now: now).nextSendAt
        }
        return fleet
    }

    @Test func batchesDueOfflineAreHeldAndCounted() {
        let fleet = Self.cutOff()
        #expect(fleet.counters.requestsSent == 0)
        #expect(fleet.counters.offlineHeld == 50)
        #expect(fleet.counters.offlineQueued == 50)
        #expect(fleet.counters.peakOfflineQueued == 50)
        #expect(fleet.readingsHeld() >= 50)
        #expect(fleet.counters.dropped == 0)
    }

    /// 50 held readings, batches of at most 8, two requests a second: 7 drain requests, 500 ms
    /// apart from the reconnection, oldest readings first, every reading exactly once.
    @Test func theQueueDrainsAtTheDrainRateWithinBatchBounds() {
        var fleet = Self.cutOff()
        var drainAt = fleet.goOnline(gateway: 0, now: .zero + .seconds(5))
        var times: [SimTime] = []
        var drained: [Reading] = []
        while let now = drainAt, let sent = fleet.sendDrain(gateway: 0, now: now) {
            times.append(now)
            #expect(fleet.requests[sent.request].entries.count <= 8)
            drained += fleet.requests[sent.request].entries.map(\.payload)
            drainAt = sent.nextDrainAt
        }
        let expected: [SimTime] = (0..<7).map { (gap: Int64) -> SimTime in .zero + .seconds(5) + .milliseconds(500 * gap) }
        #expect(times == expected)
        let emitted = drained.map(\.emittedAt)
        #expect(drained.count == 50)
        #expect(Set(drained.map(\.id)).count == 50)
        #expect(emitted == emitted.sorted())
        #expect(fleet.counters.offlineQueued == 0 && fleet.counters.drainRequests == 7)
    }

    @Test(arguments: [OverflowPolicy.dropOldest, .dropNewest])
    func aFullQueueGivesUpByItsPolicy(policy: OverflowPolicy) {
        var fleet = Self.cutOff(queue: OfflineQueueConfig(capacity: 20, overflow: policy))
        #expect(fleet.counters.offlineHeld == 50)
        #expect(fleet.counters.offlineDropped == 30 && fleet.counters.dropped == 30)
        #expect(fleet.counters.offlineQueued == 20 && fleet.counters.peakOfflineQueued == 20)
        let drainAt = fleet.goOnline(gateway: 0, now: .zero + .seconds(5))!
        let sent = fleet.sendDrain(gateway: 0, now: drainAt)!
        let first = fleet.requests[sent.request].entries[0].payload.emittedAt
        // Drop-oldest keeps the last 20 readings (from 3 s on), drop-newest the first 20 (before 2 s).
        #expect(policy == .dropOldest ? first >= .zero + .seconds(3) : first < .zero + .seconds(1))
    }

    /// Overlapping outages: the gateway is back only when the last ends, and a second
    /// reconnection while draining starts no second drain chain.
    @Test func overlappingOutagesReconnectOnce() {
        var fleet = Self.cutOff()
        fleet.goOffline(gateway: 0)
        #expect(fleet.goOnline(gateway: 0, now: .zero + .seconds(5)) == nil)
        #expect(fleet.isOffline(gateway: 0))
        #expect(fleet.goOnline(gateway: 0, now: .zero + .seconds(6)) == .zero + .seconds(6))
        fleet.goOffline(gateway: 0)
        #expect(fleet.goOnline(gateway: 0, now: .zero + .seconds(7)) == nil)  // already draining
    }
}
