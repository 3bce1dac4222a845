import Testing
import SimKernel
import StreamModel
import Telemetry
@testable import FleetModel

/// Batch assembly: a batch closes at `maxRecords`, when the next reading would pass `maxBytes`
/// (that reading opens the next batch), or `linger` after its first reading.
struct BatchingTests {
    typealias F = FleetFixture

    /// Why a sent batch closed, derived from the batch and the gateway's next one.
    enum Closure: Equatable { case records, bytes, linger }

    /// Checks every batch of one gateway against the batching rules; returns why each closed.
    func closures(of batches: [SentBatch], batching: BatchingConfig) -> [Closure] {
        var reasons: [Closure] = []
        for (index, batch) in batches.enumerated() {
            let next = index + 1 < batches.count ? batches[index + 1] : nil
            let deadline = batch.first.payload.emittedAt + batching.linger
            #expect(!batch.entries.isEmpty)
            #expect(batch.entries.count <= batching.maxRecords)
            #expect(batch.bytes <= batching.maxBytes)
            #expect(batch.entries.allSatisfy { $0.payload.emittedAt <= batch.sentAt && $0.payload.emittedAt <= deadline })
            if batch.entries.count == batching.maxRecords {
                #expect(batch.sentAt == batch.last.payload.emittedAt)
                reasons.append(.records)
            } else if let next, next.first.payload.emittedAt <= deadline,
                      batch.bytes + next.first.recordBytes > batching.maxBytes {
                #expect(batch.sentAt == next.first.payload.emittedAt)
                reasons.append(.bytes)
            } else {
                #expect(batch.sentAt == deadline)
                if let next { #expect(next.first.payload.emittedAt > deadline) }
                reasons.append(.linger)
            }
        }
        return reasons
    }

    @Test func batchClosesOnMaxRecords() {
        var config = F.config(devices: 20, emitUntil: .seconds(3))
        config.batching = BatchingConfig(maxRecords: 5, linger: .seconds(10))
        var fleet = Fleet(config: config)
        let batches = fleet.sendAll()
        #expect(batches.count == 12)  // 20 devices × 3 readings, 5 per batch
        #expect(batches.allSatisfy { $0.entries.count == 5 })
        #expect(closures(of: batches, batching: config.batching) == Array(repeating: .records, count: 12))
        #expect(fleet.counters.emitted == 60)
    }

    @Test func batchClosesOnMaxBytesAndTheOverflowingReadingOpensTheNext() {
        var config = F.config(devices: 20, emitUntil: .seconds(3))
        config.batching = BatchingConfig(maxRecords: 500, maxBytes: 400, linger: .seconds(10))
        var fleet = Fleet(config: config)
        let batches = fleet.sendAll()
        let reasons = closures(of: batches, batching: config.batching)
        #expect(reasons.dropLast().allSatisfy { $0 == .bytes })
        #expect(reasons.count >= 10)
        #expect(batches.reduce(0) { $0 + $1.entries.count } == 60)
        // The overflowing reading is sent first in the next batch, never lost or duplicated.
        let ids = batches.flatMap { $0.entries.map(\.payload.id) }
        #expect(Set(ids).count == 60)
    }

    @Test func batchClosesOnLinger() {
        var config = F.config(devices: 3, emitUntil: .seconds(5))
        config.batching = BatchingConfig(maxRecords: 500, linger: .milliseconds(100))
        var fleet = Fleet(config: config)
        let batches = fleet.sendAll()
        let reasons = closures(of: batches, batching: config.batching)
        #expect(reasons.allSatisfy { $0 == .linger })
        #expect(batches.reduce(0) { $0 + $1.entries.count } == 15)
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func everyBatchFollowsOneOfTheThreeClosingRules(seed: UInt64) {
        // Two kinds, so record sizes differ and all three closing rules occur.
        var config = F.config(gateways: 3, devices: 30, jitter: .milliseconds(200), emitUntil: .seconds(4), seed: seed)
        config.groups.append(DeviceGroupConfig(kind: .gps, count: 30, interval: .seconds(1), jitter: .milliseconds(200),
                                               anomalyRate: 0))
        config.batching = BatchingConfig(maxRecords: 4, maxBytes: 420, linger: .milliseconds(200))
        var fleet = Fleet(config: config)
        let batches = fleet.sendAll()
        var seen: Set<Closure> = []
        for gateway in 0..<3 {
            seen.formUnion(closures(of: batches.filter { $0.gateway == gateway }, batching: config.batching))
        }
        #expect(seen == [.records, .bytes, .linger])
        #expect(UInt64(batches.reduce(0) { $0 + $1.entries.count }) == fleet.counters.emitted)
    }

    @Test func requestArrivesAfterTheUplinkLatency() {
        var config = F.config(devices: 5)
        config.uplinkLatency = .constant(.milliseconds(37))
        var fleet = Fleet(config: config)
        let batches = fleet.sendAll()
        #expect(batches.allSatisfy { $0.arrivesAt == $0.sentAt + .milliseconds(37) })
    }

    @Test func lastBatchIsSentAndThenTheGatewayHasNothingMore() {
        var fleet = Fleet(config: F.config(devices: 4, emitUntil: .seconds(2)))
        var next = fleet.start()
        var sends = 0
        while let now = next[0] {
            next[0] = fleet.send(gateway: 0, now: now).nextSendAt
            sends += 1
        }
        #expect(sends > 0)
        #expect(fleet.counters.requestsSent == UInt64(sends))
        #expect(fleet.counters.emitted == 8)
    }
}
