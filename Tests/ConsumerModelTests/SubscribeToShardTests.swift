import Testing
import SimKernel
import StreamModel
@testable import ConsumerModel

/// A fan-out consumer's SubscribeToShard (E3, E4) and the timing of the events its subscriptions
/// push (E5, §8), with constant round trips and push delays so every time is exact.
struct SubscribeToShardTests {
    static let roundTrip = SimDuration.milliseconds(40)
    static let pushDelay = SimDuration.milliseconds(70)

    func consumer(bytesPerSecond: Int64 = 2_097_152) -> FanOutConsumer {
        let config = PollingConfig(name: "pusher", readLatency: .constant(Self.roundTrip))
        return FanOutConsumer(reading: PollingConsumer(config: config, reader: 0,
                                                       random: SimRandom(masterSeed: 1, label: "consumer", index: 0)),
                              fanOut: FanOutConfig(bytesPerSecond: bytesPerSecond, pushDelay: .constant(Self.pushDelay)))
    }

    static func at(ms milliseconds: Int64) -> SimTime { .zero + .milliseconds(milliseconds) }

    @Test func test_E4_subscribingAgainWithinFiveSecondsIsRefusedAndAtFiveSecondsTakesOver() {
        var pusher = consumer()
        let first = Self.at(ms: 10_000)
        #expect(pusher.subscribe(shard: 0, now: first) == .subscribed(renewAt: first + .minutes(5)))
        let early = first + .seconds(5) - .nanoseconds(1)
        #expect(pusher.subscribe(shard: 0, now: early) == .resourceInUse(retryAt: first + .seconds(5)))
        #expect(pusher.subscriptions[0].subscribedAt == first, "a refused call changes nothing")
        #expect(pusher.subscriptions[0].expiresAt == first + .minutes(5), "a refused call changes nothing")
        let onTime = first + .seconds(5)
        #expect(pusher.subscribe(shard: 0, now: onTime) == .subscribed(renewAt: onTime + .minutes(5)))
        #expect(pusher.subscriptions[0].subscribedAt == onTime)
    }

    @Test func test_E4_theFiveSecondsArePerShard() {
        var pusher = consumer()
        _ = pusher.subscribe(shard: 0, now: Self.at(ms: 0))
        #expect(pusher.subscribe(shard: 1, now: Self.at(ms: 1)) == .subscribed(renewAt: Self.at(ms: 1) + .minutes(5)))
    }

    /// §8: an event is sent when its first record is visible (not before the subscription's
    /// round trip) and arrives one push delay later.
    @Test func test_E3_eventsFollowTheRoundTripAndArriveOnePushDelayAfterVisibility() {
        var pusher = consumer()
        _ = pusher.subscribe(shard: 0, now: Self.at(ms: 0))
        #expect(pusher.send(shard: 0, firstVisibleAt: Self.at(ms: 10)) == Self.at(ms: 40) + Self.pushDelay)
        pusher.took(shard: 0, bytes: 100, processedAt: Self.at(ms: 110))
        #expect(pusher.send(shard: 0, firstVisibleAt: Self.at(ms: 500)) == Self.at(ms: 500) + Self.pushDelay)
    }

    /// E5: a renewal pauses the sends for its round trip: a record visible before it still goes
    /// over the old connection; one visible during the round trip is sent when it is over.
    @Test func test_E5_aRenewalPausesSendsForItsRoundTrip() {
        var pusher = consumer()
        _ = pusher.subscribe(shard: 0, now: Self.at(ms: 0))
        let renewal = Self.at(ms: 300_000)
        #expect(pusher.subscribe(shard: 0, now: renewal) == .subscribed(renewAt: renewal + .minutes(5)))
        let before = renewal - .milliseconds(10)
        #expect(pusher.send(shard: 0, firstVisibleAt: before) == before + Self.pushDelay)
        pusher.took(shard: 0, bytes: 100, processedAt: before + Self.pushDelay)
        let during = renewal + .milliseconds(10)
        #expect(pusher.send(shard: 0, firstVisibleAt: during) == renewal + Self.roundTrip + Self.pushDelay)
    }

    /// E1: an event carries what the consumer's own bucket held when it was sent; an overdrawn
    /// bucket holds the next send back until it holds a byte again.
    @Test func test_E1_eventsArePacedByTheConsumersOwnBytesPerSecond() {
        var pusher = consumer(bytesPerSecond: 1_000)
        _ = pusher.subscribe(shard: 0, now: Self.at(ms: 0))
        _ = pusher.send(shard: 0, firstVisibleAt: Self.at(ms: 40))
        #expect(pusher.arrivingEvent(shard: 0) == (sentAt: Self.at(ms: 40), maxBytes: 1_000))
        pusher.took(shard: 0, bytes: 1_500, processedAt: Self.at(ms: 110))
        // 500 bytes overdrawn at 1,000 B/s: a byte is held again 501 ms after the send.
        #expect(pusher.send(shard: 0, firstVisibleAt: Self.at(ms: 50)) == Self.at(ms: 541) + Self.pushDelay)
        #expect(pusher.arrivingEvent(shard: 0).maxBytes == 1)
    }
}
