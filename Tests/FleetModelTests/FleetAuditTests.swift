import SimKernel
import StreamModel
import Telemetry
import Testing
@testable import FleetModel

/// The fleet's whole-state audit passes a fleet in use and stops on corrupted bookkeeping.
struct FleetAuditTests {
    @Test func aFleetInUsePassesTheAudit() {
        var fleet = Fleet(config: FleetFixture.config(gateways: 2, devices: 40))
        _ = fleet.start()
        let sent = fleet.send(gateway: 0, now: .zero + .milliseconds(100))
        var stream = DataStream<Reading>(shardCount: 1, limits: StreamLimits())
        fleet.arrive(request: sent.request, at: &stream, now: sent.arrivesAt)
        fleet.checkInvariants()
    }

    @Test func aBatchWhoseByteTallyIsWrongStops() async {
        await #expect(processExitsWith: .failure) {
            var fleet = Fleet(config: FleetFixture.config(gateways: 1, devices: 10))
            _ = fleet.start()
            fleet.gateways[0].batchBytes += 1
            fleet.checkInvariants()
        }
    }

    /// W5: a single-mode sender with a second call in flight (the world never sends over a
    /// busy sender) stops the audit, beside a batch sender that may have many.
    @Test func aSingleModeSenderWithTwoCallsInFlightStops() async {
        await #expect(processExitsWith: .failure) {
            var fleet = Fleet(config: MixedPutModeTests.config())
            let first = fleet.start()
            _ = fleet.send(gateway: 4, now: first[4]!)
            _ = fleet.send(gateway: 4, now: first[4]!)
            fleet.checkInvariants()
        }
    }

    /// A share no limiter can ever cover (more than a second of records at 100 %) stops, rather
    /// than waiting forever.
    @Test func aShareBeyondTheLimitersCapacityStops() async {
        await #expect(processExitsWith: .failure) {
            _ = ShardLimiter(now: .zero, rateLimit: 1).readyAt(records: 1_001, bytes: 1)
        }
    }

    @Test func aSlotBothFreeAndInUseStops() async {
        await #expect(processExitsWith: .failure) {
            var fleet = Fleet(config: FleetFixture.config(gateways: 1, devices: 10))
            _ = fleet.start()
            let sent = fleet.send(gateway: 0, now: .zero + .milliseconds(100))
            fleet.freeRequests.append(sent.request)
            fleet.checkInvariants()
        }
    }
}
