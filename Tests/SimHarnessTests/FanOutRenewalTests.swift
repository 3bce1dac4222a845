import ConsumerModel
import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// Subscription renewal in the world (E3), the subscribe rate it must respect (E4), and the
/// continuation across it (E5). Two shards, a constant 40 ms round trip and 70 ms push delay, so
/// that every latency is exact: 70 ms, plus the wait of a record that became visible while a
/// subscription was being made.
@Suite struct FanOutRenewalTests {
    static let spec = PutToGetFixtures.spec(consumers: #"{"name": "pusher", "type": "efo", "readLatency": "40ms"}"#,
                                            stream: #"{"shards": 2}"#)

    /// The run, emitting for `duration`, then draining for `drain`.
    static func run(duration: SimDuration, drain: SimDuration = .zero, lifetime: SimDuration = .minutes(5)) -> RunResult {
        var spec = Self.spec
        spec.duration = duration
        spec.drain = drain
        var config = PutToGetFixtures.config(spec, pushDelay: .constant(.milliseconds(70)))
        config.consumers[0].fanOut!.subscriptionLifetime = lifetime
        return ScenarioFixtures.run(config)
    }

    /// Renewing every 5 s, the shortest lifetime E4 allows, over a minute and a second of drain.
    static let renewingEveryFiveSeconds = run(duration: .minutes(1), drain: .seconds(1), lifetime: FanOutConfig.resubscribeInterval)

    /// Both shards are subscribed at 0 and again at 5 and 10 minutes: a run ending a nanosecond
    /// before 10 minutes has made two subscriptions per shard, one ending at 10 minutes three.
    @Test func test_E3_eachShardIsSubscribedAgainEveryFiveMinutes() {
        #expect(Self.run(duration: .minutes(10) - .nanoseconds(1)).metrics.consumers[0].subscriptions == 2 * 2)
        #expect(Self.run(duration: .minutes(10)).metrics.consumers[0].subscriptions == 2 * 3)
    }

    /// E4 refuses a SubscribeToShard within 5 s of a success; the world renews a subscription
    /// lifetime after the last success, so even at 5 s every renewal is accepted: 12 per shard in
    /// the minute after the first subscription (a refused one would stop the run).
    @Test func test_E4_renewingEveryFiveSecondsIsNeverRefused() {
        #expect(Self.renewingEveryFiveSeconds.metrics.consumers[0].subscriptions == 2 * (1 + 12))
    }

    /// Across 26 subscriptions every record is pushed once, in order, and none skipped: each
    /// renewal goes on right after the last record pushed. Records pushed on the old connection
    /// take exactly the push delay; only those that became visible during a SubscribeToShard
    /// round trip wait for it, so no latency exceeds 40 + 70 ms.
    @Test func test_E5_aRenewedSubscriptionContinuesRightAfterTheLastRecordPushed() {
        let result = Self.renewingEveryFiveSeconds
        let pusher = result.metrics.consumers[0]
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
        #expect(pusher.delivered == result.metrics.accepted)
        #expect(pusher.redeliveries == 0)
        #expect(abs(pusher.latency.milliseconds(atPercentile: 50) - 70) < 0.1)
        #expect(pusher.latency.maxMilliseconds > 71 && pusher.latency.maxMilliseconds < 110.1, "\(pusher.latency.maxMilliseconds)")
    }
}
