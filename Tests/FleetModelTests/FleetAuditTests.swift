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
