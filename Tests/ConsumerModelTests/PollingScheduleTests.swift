import Testing
import SimKernel
import StreamModel
@testable import ConsumerModel

/// A polling consumer's loop per shard: first call at a random offset within the poll interval,
/// then again at once after a full call, or after `pollInterval` after a short or throttled one.
struct PollingScheduleTests {
    func consumer(pollInterval: SimDuration = .milliseconds(250), limit: Int = 100, seed: UInt64 = 1) -> PollingConsumer {
        PollingConsumer(config: PollingConfig(name: "test", pollInterval: pollInterval, limit: limit),
                        reader: 0, random: SimRandom(masterSeed: seed, label: "consumer", index: 0))
    }

    @Test func firstPollIsWithinTheFirstInterval() {
        var polling = consumer(pollInterval: .milliseconds(250))
        let firsts = (0..<500).map { _ in polling.firstPoll() }
        #expect(firsts.allSatisfy { $0 >= .zero && $0 < .zero + .milliseconds(250) })
        #expect(Set(firsts).count > 400)  // shards' loops are spread, not in lockstep
        #expect(firsts.contains { $0 < .zero + .milliseconds(125) })
        #expect(firsts.contains { $0 >= .zero + .milliseconds(125) })
    }

    @Test func firstPollIsDeterministicPerSeed() {
        var a = consumer(seed: 5)
        var b = consumer(seed: 5)
        #expect((0..<20).map { _ in a.firstPoll() } == (0..<20).map { _ in b.firstPoll() })
    }

    @Test func afterAShortCallTheLoopSleepsOnePollInterval() {
        let polling = consumer(pollInterval: .milliseconds(250), limit: 100)
        let now = SimTime.zero + .seconds(3)
        #expect(polling.nextPoll(after: .records(first: 0, count: 99, bytes: 990), respondedAt: now) == now + .milliseconds(250))
        #expect(polling.nextPoll(after: .records(first: 99, count: 0, bytes: 0), respondedAt: now) == now + .milliseconds(250))
    }

    @Test func afterAFullCallTheLoopCallsAgainAtOnce() {
        let polling = consumer(limit: 100)
        let now = SimTime.zero + .seconds(3)
        #expect(polling.nextPoll(after: .records(first: 0, count: 100, bytes: 1_000), respondedAt: now) == now)
    }

    @Test func test_R4_afterAThrottledCallTheLoopSleepsOnePollInterval() {
        let polling = consumer(pollInterval: .seconds(1))
        let now = SimTime.zero + .milliseconds(1_234)
        #expect(polling.nextPoll(after: .throttled, respondedAt: now) == now + .seconds(1))
    }

    @Test func readLatencyDelaysEveryNextPollByTheRoundTrip() {
        let config = PollingConfig(name: "slow", pollInterval: .milliseconds(200), limit: 10,
                                   readLatency: .constant(.milliseconds(30)))
        var polling = PollingConsumer(config: config, reader: 0, random: SimRandom(seed: 1))
        let now = SimTime.zero + .seconds(1)
        let response = polling.response(toCallAt: now)
        #expect(response == now + .milliseconds(30))
        #expect(polling.nextPoll(after: .records(first: 0, count: 10, bytes: 100), respondedAt: response) == now + .milliseconds(30))
        #expect(polling.nextPoll(after: .records(first: 10, count: 2, bytes: 20), respondedAt: response) == now + .milliseconds(230))
        #expect(polling.nextPoll(after: .throttled, respondedAt: response) == now + .milliseconds(230))
    }

    @Test func pollingAgainstAStreamFollowsTheOutcome() throws {
        var stream = DataStream<Int>(shardCount: 1, limits: StreamLimits())
        var results = ContiguousArray<PutEntryResult>()
        let entries = ContiguousArray((0..<25).map { PutEntry(hashKey: 0, partitionKeyLength: 1, dataBytes: 9, payload: $0) })
        _ = try stream.putRecords(entries, now: .zero, results: &results)
        let reader = stream.registerReader(at: .trimHorizon)
        #expect(stream.getShardIterator(reader: reader, shard: 0, now: .zero) == .issued)
        var polling = consumer(pollInterval: .milliseconds(100), limit: 10)
        var now = SimTime.zero
        var polls: [SimTime] = []
        for _ in 0..<4 {
            let outcome = stream.getRecords(reader: reader, shard: 0, limit: polling.config.limit, now: now)
            polls.append(now)
            now = polling.nextPoll(after: outcome, respondedAt: polling.response(toCallAt: now))
        }
        // 10, 10 (full: at once), 5 (short: sleep), then an empty call.
        #expect(polls == [.zero, .zero, .zero, .zero + .milliseconds(100)])
        #expect(stream.position(reader: reader, shard: 0) == 25)
    }
}
