import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// A constant partition key (H2, C4: hot keys are not isolated): every record hashes to one
/// shard, before and after the stream doubles, so throughput stays at one shard's limit.
/// Shortened to 5 minutes: the doubling called at 1 minute is in force from 4 minutes.
@Suite struct HotKeyScenarioTests {
    static let spec = ScenarioFixtures.overriding(ScenarioFixtures.load("hot-key").spec, duration: .minutes(5))
    static let result = ScenarioFixtures.run(spec)

    @Test func test_H2_theHotKeyUsesOneShardBeforeAndAfterDoubling() {
        let busy = Self.result.metrics.shards.indices.filter { Self.result.metrics.shards[$0].incomingRecords > 0 }
        #expect(Self.result.shards.count == 12)
        #expect(busy == [0, 4], "shards with records: \(busy)")
    }

    @Test func test_W1_throughputStaysAtOneShardsLimit() {
        let result = Self.result
        // One shard accepts at most capacity + rate × time: 1,000 + 1,000/s over the run, and the
        // fresh child's full bucket adds one more second's worth.
        let seconds = Int64((result.duration + result.drain).seconds)
        #expect(Int64(result.metrics.accepted) <= 1_000 * seconds + 2_000)
        #expect(result.throughputRecordsPerSecond > 950)
        #expect(result.metrics.throttleRate > 0.1)
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
    }

    /// Zipf keys (s = 1.2 over 1,000 keys) on four shards: the shard holding the hottest keys
    /// takes far more than a quarter of the records, and per-key order (tracked per zipf key)
    /// holds with every other invariant.
    @Test func test_H2_zipfKeysMakeAHotShardAndKeepPerKeyOrder() {
        var spec = ScenarioFixtures.smoke.spec
        spec.fleet.partitionKey = .zipf(keys: 1_000, exponent: 1.2)
        spec.stream.shards = 4
        let result = ScenarioFixtures.run(spec)
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
        let loads = result.metrics.shards.map(\.incomingRecords)
        #expect(Double(loads.max()!) > 0.35 * Double(loads.reduce(0, +)), "per shard: \(loads)")
        #expect(ScenarioFixtures.run(spec).digest == result.digest)
    }

    @Test func sameSeedSameDigest() {
        #expect(ScenarioFixtures.run(Self.spec).digest == Self.result.digest)
    }
}
