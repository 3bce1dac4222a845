import SimKernel
import StreamModel
import Telemetry
import Testing
@testable import FleetModel

/// `fleet.rateLimit` with the SDK producer: a request leaves only when every shard it writes to
/// has tokens for its share (records, and bytes as Kinesis counts them), and takes them.
@Suite struct RateLimitTests {
    /// Two shards, split at the middle of the hash-key space.
    static let twoShards = ShardMap(open: [(shard: 0, start: 0), (shard: 1, start: UInt128(1) << 127)])

    /// `devices` sensors a second behind one gateway, limited to `rateLimit` of each shard.
    static func fleet(devices: Int, kind: DeviceKind = .temperature, rateLimit: Double) -> Fleet {
        var config = FleetFixture.config(devices: devices, kind: kind)
        config.rateLimit = rateLimit
        var fleet = Fleet(config: config)
        fleet.learnShards(twoShards)
        return fleet
    }

    @Test func aBatchLeavesOnceEveryShardItWritesToHasTokensForItsShare() {
        // 5 % of 1,000 records/s: 50 a second per shard, from empty when the batch is first due.
        var fleet = Self.fleet(devices: 400, rateLimit: 0.05)
        let due = fleet.start()[0]!
        let batch = fleet.gateways[0].batch
        let perShard = Dictionary(grouping: batch) { Self.twoShards.shard(for: $0.hashKey) }.mapValues(\.count)
        #expect(perShard.count == 2)
        let wait = fleet.admitBatch(gateway: 0, now: due)
        let expected = due + .nanoseconds(Int64((Double(perShard.values.max()!) / 50 * 1e9).rounded(.up)))
        #expect(wait == expected)
        // Asked again before then, it is still held, and its entries are counted once.
        #expect(fleet.admitBatch(gateway: 0, now: due + .milliseconds(1)) != nil)
        #expect(fleet.counters.rateLimited == UInt64(batch.count))
        #expect(fleet.admitBatch(gateway: 0, now: wait!) == nil)
        // Its tokens are gone: the next batch waits for new ones.
        _ = fleet.send(gateway: 0, now: wait!)
        #expect(fleet.admitBatch(gateway: 0, now: wait!) != nil)
    }

    @Test func aRecordCostsItsDataAndPartitionKeyBytes() {
        // 1 % of 1 MiB/s is 10,485.76 B/s: one ~50 KB log excerpt waits seconds for bytes, not
        // the 0.1 s its one record token takes.
        var fleet = Self.fleet(devices: 1, kind: .diagnosticLog, rateLimit: 0.01)
        let due = fleet.start()[0]!
        let entry = fleet.gateways[0].batch[0]
        #expect(fleet.gateways[0].batch.count == 1 && entry.recordBytes > Int64(entry.dataBytes))
        let wait = fleet.admitBatch(gateway: 0, now: due)
        #expect(wait == due + .nanoseconds(Int64((Double(entry.recordBytes) / 10_485.76 * 1e9).rounded(.up))))
    }

    @Test func withoutARateLimitNothingWaits() {
        var fleet = Fleet(config: FleetFixture.config(devices: 400))
        let due = fleet.start()[0]!
        #expect(fleet.admitBatch(gateway: 0, now: due) == nil)
        #expect(fleet.counters.rateLimited == 0)
    }
}
