import Testing
import SimKernel
import StreamModel
@testable import Telemetry
@testable import FleetModel

/// `fleet.clockSkew`: each gateway's clock is off by a magnitude from the distribution, ahead or
/// behind, in whole milliseconds, capped at a day; readings keep their true emission time and
/// the timestamp their gateway stamps follows its clock.
struct ClockSkewTests {
    typealias F = FleetFixture

    @Test func skewsAreWholeMillisecondsOfBothSignsWithinTheCap() {
        let clocks = GatewayClocks(skew: .uniform(min: .seconds(1), max: .hours(48)), gateways: 400, masterSeed: 3)
        #expect(clocks.skewsNs.count == 400)
        #expect(clocks.skewsNs.allSatisfy { $0 % 1_000_000 == 0 && abs($0) >= 1_000_000_000 && abs($0) <= 86_400_000_000_000 })
        let ahead = clocks.skewsNs.filter { $0 > 0 }.count
        #expect((160...240).contains(ahead), "\(ahead) of 400 ahead")
        #expect(clocks.skewsNs.contains(86_400_000_000_000) || clocks.skewsNs.contains(-86_400_000_000_000))
        #expect(GatewayClocks(skew: .uniform(min: .seconds(1), max: .hours(48)), gateways: 400, masterSeed: 3) == clocks)
        #expect(GatewayClocks(skew: nil, gateways: 400, masterSeed: 3) == .exact)
    }

    /// The device time of a reading is its true emission time plus its gateway's skew, and the
    /// payload a sink writes carries it in `ts`; the fleet's own draws do not change.
    @Test func theGatewayStampsItsOwnTimeOnTheReadingsPayload() {
        var config = F.config(gateways: 2, devices: 6, emitUntil: .seconds(10))
        var skewed = config
        skewed.clockSkew = .constant(.seconds(90))
        let clocks = skewed.clocks
        #expect(clocks.skewsNs.allSatisfy { abs($0) == 90_000_000_000 })
        var plain = Fleet(config: config)
        var fleet = Fleet(config: skewed)
        let readings = fleet.sendAll().flatMap(\.entries).map(\.payload)
        #expect(readings == plain.sendAll().flatMap(\.entries).map(\.payload))
        var replay = PayloadReplay(config: skewed)
        for reading in readings {
            let skewMs = clocks.skewMilliseconds(gateway: Int(reading.gateway))
            #expect(clocks.skewNanoseconds(of: reading) == skewMs * 1_000_000)
            #expect(replay.payload(of: reading.id).epochMillis == F.epochMillis + reading.emittedAt.milliseconds + skewMs)
        }
        config.clockSkew = nil
        #expect(config.clocks == .exact)
    }
}
