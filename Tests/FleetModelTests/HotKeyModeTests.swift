import Foundation
import Testing
import SimKernel
import StreamModel
import Telemetry
@testable import FleetModel

/// The key modes beyond one key per device or gateway: zipf-distributed keys and the emission
/// millisecond as key.
struct HotKeyModeTests {
    typealias F = FleetFixture

    func entries(mode: PartitionKeyMode) -> [PutEntry<Reading>] {
        var config = F.config(gateways: 2, devices: 50, emitUntil: .seconds(20))
        config.partitionKey = mode
        var fleet = Fleet(config: config)
        return fleet.sendAll().flatMap(\.entries)
    }

    @Test func test_H2_zipfModeHashesTheDrawnKeyAndNotesItsIndex() {
        let sent = entries(mode: .zipf(keys: 20, exponent: 1.1))
        #expect(sent.count == 1_000)
        for entry in sent {
            let key = ZipfKeys.name(Int(entry.payload.partitionKeyIndex))
            #expect(entry.hashKey == PartitionKeyHash.hashKey(for: key), "\(key)")
            #expect(entry.partitionKeyLength == Int32(key.utf8.count))
        }
        #expect(Set(sent.map(\.payload.partitionKeyIndex)).count > 10)
    }

    @Test func test_H2_timestampModeHashesTheEmissionMillisecond() {
        let sent = entries(mode: .timestampMillis)
        for entry in sent {
            let key = String(F.epochMillis + entry.payload.emittedAt.milliseconds)
            #expect(entry.hashKey == PartitionKeyHash.hashKey(for: key), "\(key)")
            #expect(entry.partitionKeyLength == 13)
        }
    }

    /// 200,000 draws over 100 keys with s = 1.1: each of the first ranks within 4 standard
    /// errors of 1/(r+1)^s normalised; the hottest key alone takes 23.6% (1 / Σ 1/r^1.1).
    @Test func zipfDrawsFollowTheirWeights() {
        let keys = ZipfKeys(count: 100, exponent: 1.1)
        var random = SimRandom(masterSeed: 3, label: "zipf-test", index: 0)
        var counts = [Int](repeating: 0, count: 100)
        let draws = 200_000
        for _ in 0..<draws { counts[keys.draw(&random)] += 1 }
        let total = (1...100).reduce(0.0) { $0 + 1 / pow(Double($1), 1.1) }
        for rank in 0..<10 {
            let p = 1 / pow(Double(rank + 1), 1.1) / total
            let standardError = (p * (1 - p) / Double(draws)).squareRoot()
            #expect(abs(Double(counts[rank]) / Double(draws) - p) < 4 * standardError, "rank \(rank)")
        }
        #expect((0.231...0.241).contains(Double(counts[0]) / Double(draws)))
        #expect(keys.cumulative.last == 1)
    }
}
