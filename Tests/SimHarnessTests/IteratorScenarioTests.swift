import ConsumerModel
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// GetShardIterator's calls per second per shard (R8) through the whole world: consumer loops
/// take their first iterator at their first call, at a random point of their first poll
/// interval; more consumers starting together on a shard than it issues iterators a second get
/// throttled, retry a poll interval later, and still read everything. Four consumers polling
/// every second stay inside the 5 GetRecords calls/s, so only the iterator limit (lowered from
/// 5) is at play; with more than five, GetRecords throttling would starve some loops anyway.
@Suite struct IteratorScenarioTests {
    /// The smoke fleet read by `count` copies of its archiver (1 s polls, scenario defaults).
    static func run(consumers count: Int, iteratorCallsPerSecond: Int) -> RunResult {
        var config = WorldConfig(scenario: ScenarioFixtures.smoke.spec)
        config.limits.getShardIteratorCallsPerSecond = iteratorCallsPerSecond
        let archiver = config.consumers[1].reading
        config.consumers = (0..<count).map { index in
            var polling = archiver
            polling.name = "reader-\(index)"
            return ConsumerSetup(reading: polling)
        }
        return ScenarioFixtures.run(config)
    }

    @Test func test_R8_asManyConsumersAsTheLimitAreNeverThrottled() {
        let result = Self.run(consumers: 4, iteratorCallsPerSecond: 4)
        #expect(result.metrics.consumers.allSatisfy { $0.throttledIteratorCalls == 0 })
    }

    @Test func test_R8_moreConsumersThanTheLimitAreThrottledRetryAndReadEverything() {
        let result = Self.run(consumers: 4, iteratorCallsPerSecond: 2)
        let throttled = result.metrics.consumers.map(\.throttledIteratorCalls).reduce(0, +)
        // Four first calls within one second on each of the 2 shards: at least 2 refused on each.
        #expect(throttled >= 4, "\(throttled) throttled GetShardIterator calls")
        #expect(result.undelivered.allSatisfy { $0 == 0 }, "\(result.undelivered)")
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
    }

    /// A polling and a fan-out consumer starting AT_TIMESTAMP 30 s into the smoke run: neither
    /// is owed, nor processes, the records that arrived before; every checker holds.
    @Test func test_R6_atTimestampConsumersSkipEarlierRecordsWithoutAnyCheckerFiring() throws {
        var config = WorldConfig(scenario: ScenarioFixtures.smoke.spec)
        let start = SimTime.zero + .seconds(30)
        var fanOut = config.consumers[1].reading
        fanOut.name = "pusher"
        config.consumers.append(ConsumerSetup(reading: fanOut, kind: .fanOut(FanOutConfig())))
        for index in [1, 2] { config.consumers[index].reading.start = .atTimestamp(start) }
        let result = ScenarioFixtures.run(config)
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
        let everything = result.metrics.consumers[0].delivered
        for index in [1, 2] {
            let delivered = result.metrics.consumers[index].delivered
            #expect(delivered > 0 && delivered < everything * 4 / 5, "\(result.consumerNames[index]): \(delivered) of \(everything)")
            #expect(result.undelivered[index] == 0)
        }
    }
}
