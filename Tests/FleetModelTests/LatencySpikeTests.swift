import Testing
import SimKernel
import StreamModel
import Telemetry
@testable import FleetModel

/// `latency-spike`: the uplink delay of the spike's gateways is drawn from its distribution for
/// messages leaving while it lasts; other gateways, and messages leaving before or after it,
/// keep the fleet's delay.
struct LatencySpikeTests {
    typealias F = FleetFixture

    /// Gateways 0–1 of 3 take a constant 2 s uplink for messages leaving in [4 s, 6 s).
    static func spikedFleet() -> Fleet {
        var config = F.config(gateways: 3, devices: 30, emitUntil: .seconds(10))
        config.latencySpikes = [LatencySpike(gateways: 0...1, start: .zero + .seconds(4), duration: .seconds(2),
                                             uplinkLatency: .constant(.seconds(2)))]
        return Fleet(config: config)
    }

    @Test func requestsSentDuringTheSpikeByItsGatewaysTakeItsDelayAndNoOthers() {
        var fleet = Self.spikedFleet()
        let sent = fleet.sendAll()
        var spiked = 0
        for batch in sent {
            let inSpike = batch.sentAt >= .zero + .seconds(4) && batch.sentAt < .zero + .seconds(6) && batch.gateway <= 1
            #expect(batch.arrivesAt - batch.sentAt == (inSpike ? .seconds(2) : .milliseconds(10)),
                    "gateway \(batch.gateway) at \(batch.sentAt)")
            if inSpike { spiked += 1 }
        }
        #expect(spiked >= 4)  // each spiked gateway sends about every second
    }

    /// A response leaves when the stream answers: its delay follows the spike at that moment,
    /// whatever the request drew.
    @Test func aResponseTakesTheDelayOfTheMomentItLeaves() {
        var fleet = Self.spikedFleet()
        _ = fleet.start()
        let (request, _, _) = fleet.send(gateway: 0, now: .zero + .seconds(1))
        #expect(fleet.responseArrival(request: request, now: .zero + .seconds(5)) == .zero + .seconds(7))
        #expect(fleet.responseArrival(request: request, now: .zero + .seconds(6)) == .zero + .seconds(6) + .milliseconds(10))
    }

    /// Overlapping spikes: the later-listed one decides.
    @Test func theLaterListedOfOverlappingSpikesWins() {
        var config = F.config(gateways: 1, devices: 5)
        config.latencySpikes = [
            LatencySpike(gateways: 0...0, start: .zero, duration: .seconds(10), uplinkLatency: .constant(.seconds(1))),
            LatencySpike(gateways: 0...0, start: .zero + .seconds(2), duration: .seconds(1), uplinkLatency: .constant(.seconds(3))),
        ]
        var fleet = Fleet(config: config)
        #expect(fleet.uplinkDelay(gateway: 0, at: .zero + .seconds(1)) == .seconds(1))
        #expect(fleet.uplinkDelay(gateway: 0, at: .zero + .milliseconds(2_500)) == .seconds(3))
        #expect(fleet.uplinkDelay(gateway: 0, at: .zero + .seconds(3)) == .seconds(1))
    }
}
