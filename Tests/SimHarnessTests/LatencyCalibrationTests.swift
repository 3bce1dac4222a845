import Metrics
import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// AWS's latency figures (L1–L6 of `kinesis-semantics.md`) against what simctl gives. simctl has
/// no latency constant: latency comes out of visibility, push delays, poll loops, round trips
/// and throttling. What is measured is what AWS quotes, put-to-get propagation: from the
/// record's acceptance by the stream to its return by GetRecords or its push to the consumer
/// (`PutToGetFixtures`: emission is acceptance, processing takes no time). AWS quotes averages,
/// so these compare means.
///
/// A polling consumer's record waits for the loop's next call — with calls every `P`, half of
/// `P` on average — and then for that call's response, one round trip. The bands below are
/// that, ±10%; where AWS's figure differs (L1, L2), the README's latency table says so and why.
@Suite struct LatencyCalibrationTests {
    typealias Fixtures = PutToGetFixtures

    /// Mean of the default GetRecords round trip (lognormal, median 10 ms, p99 50 ms):
    /// 10 ms · e^(σ²/2) with σ = ln 5 / 2.326.
    static let meanRoundTripMs = 12.7

    static func polling(_ count: Int, every interval: String, readLatency: String? = nil) -> RunResult {
        let roundTrip = readLatency.map { #", "readLatency": "\#($0)""# } ?? ""
        let consumers = Fixtures.consumers(count, named: "poller", #""pollInterval": "\#(interval)"\#(roundTrip)"#)
        return ScenarioFixtures.run(Fixtures.spec(consumers: consumers))
    }

    /// The mean latency of each of `count` fan-out consumers.
    static func fanOutMeans(_ count: Int) -> [Double] {
        means(ScenarioFixtures.run(Fixtures.spec(consumers: Fixtures.consumers(count, named: "pusher", #""type": "efo""#))))
    }

    /// The mean latency of a loop sleeping `intervalMs` after each call's round trip: half its
    /// period waiting for the next call, then that call's round trip.
    static func pollingMeanMs(intervalMs: Double) -> Double { (intervalMs + meanRoundTripMs) / 2 + meanRoundTripMs }

    static func means(_ result: RunResult) -> [Double] { result.metrics.consumers.map(\.latency.meanMilliseconds) }

    static func isWithinTenPercent(_ value: Double, of expected: Double) -> Bool { abs(value - expected) <= expected / 10 }

    /// One consumer polling every 200 ms, the fastest L5 allows.
    static let onePollerAtTheFloor = polling(1, every: "200ms")

    /// L1, AWS: ~200 ms average with one polling consumer. simctl: a consumer polling every
    /// 200 ms waits half its loop and a round trip, 119 ms on average (measured 120.8 ms): about
    /// 60% of AWS's figure, which matches a full loop rather than half of one.
    @Test func test_L1_onePollingConsumerWaitsHalfItsLoopAndARoundTripOnAverage() {
        let mean = Self.means(Self.onePollerAtTheFloor)[0]
        #expect(Self.isWithinTenPercent(mean, of: Self.pollingMeanMs(intervalMs: 200)), "\(mean) ms")
        #expect(Self.onePollerAtTheFloor.metrics.throttledGetCalls == 0)
    }

    /// L2, AWS: ~1,000 ms average with five polling consumers, as they share the shard's
    /// 5 GetRecords calls/s. simctl: five consumers fill the 5 calls/s exactly at one call per
    /// 1 s + round trip each (never throttled); each waits half its loop and a round trip, about
    /// 519 ms, over four times the lone consumer (AWS: five times). Polling faster does not
    /// help: five at 200 ms are throttled and do worse.
    @Test func test_L2_fivePollingConsumersShareFiveCallsASecondAndWaitOverFourTimesLonger() {
        let sharing = Self.polling(5, every: "1s")
        #expect(sharing.metrics.throttledGetCalls == 0)
        for mean in Self.means(sharing) {
            #expect(Self.isWithinTenPercent(mean, of: Self.pollingMeanMs(intervalMs: 1_000)), "\(mean) ms")
        }
        let ratio = Self.means(sharing).reduce(0, +) / 5 / Self.means(Self.onePollerAtTheFloor)[0]
        #expect(ratio > 4 && ratio < 5.5, "\(ratio)")
        let greedy = Self.polling(5, every: "200ms")
        #expect(greedy.metrics.throttledGetCalls > 0)
        #expect(Self.means(greedy).allSatisfy { $0 > Self.pollingMeanMs(intervalMs: 1_000) }, "\(Self.means(greedy))")
    }

    /// L3 (E6), AWS: ~70 ms average with enhanced fan-out, whether 1 or 5 consumers. simctl: a
    /// record is pushed a push delay after it is visible (lognormal, median 70 ms, p99 200 ms:
    /// mean 77.5 ms), independently per consumer. Measured: 77.6 ms alone; 71–86 ms (pooled
    /// 79 ms) with five. The band is AWS's figure ± 10 ms; each of five within 15% of the lone one.
    @Test func test_L3_fanOutAveragesAboutSeventyMillisecondsWithOneOrFiveConsumers() {
        let alone = Self.fanOutMeans(1)[0]
        let five = Self.fanOutMeans(5)
        #expect(alone > 60 && alone < 80, "\(alone) ms")
        let pooled = five.reduce(0, +) / 5
        #expect(pooled > 60 && pooled < 80, "\(pooled) ms")
        for mean in five { #expect(abs(mean - alone) < alone * 0.15, "\(mean) ms against \(alone) ms") }
    }

    /// L4, AWS: the KCL's default 1 s between reads gives an average "typically below 1 second".
    /// simctl: half the loop and a round trip, about 519 ms. It is the average
    /// that is below 1 s: a record accepted just after a call waits the whole loop, over 1 s.
    @Test func test_L4_pollingEverySecondAveragesBelowOneSecond() {
        let latency = Self.polling(1, every: "1s").metrics.consumers[0].latency
        let mean = latency.meanMilliseconds
        #expect(mean < 1_000)
        #expect(Self.isWithinTenPercent(mean, of: Self.pollingMeanMs(intervalMs: 1_000)), "\(mean) ms")
        #expect(latency.maxMilliseconds > 1_000)
    }

    /// L5, AWS: polling more often than every 200 ms risks ReadProvisionedThroughputExceeded
    /// (5 calls/s per shard). With an instant round trip, a lone consumer polling every 200 ms
    /// makes at most 5 calls in any second and is never throttled; every 199 ms it makes a sixth
    /// and is (measured: 109 of 654 calls), and its records wait longer (mean 132 ms, not 95 ms).
    @Test func test_L5_pollingEvery200msIsNeverThrottledAndEvery199msIs() {
        let atTheFloor = Self.polling(1, every: "200ms", readLatency: "0ms")
        let below = Self.polling(1, every: "199ms", readLatency: "0ms")
        #expect(atTheFloor.metrics.throttledGetCalls == 0)
        #expect(atTheFloor.metrics.streamSeconds.points.allSatisfy { $0.readThrottledCalls == 0 })
        #expect(below.metrics.throttledGetCalls > 0)
        #expect(Self.means(below)[0] > Self.means(atTheFloor)[0])
    }

    /// L6, AWS: records are readable immediately after the put (the older text's ~3 s is not
    /// modelled); simctl's default `visibilityDelay` is 0, and a configured one shows in full.
    /// With a constant 70 ms push delay and an instant subscription, every record reaches a
    /// fan-out consumer exactly 70 ms after acceptance (so nothing precedes acceptance in these
    /// fixtures), and exactly 370 ms with a 300 ms visibility delay. A poller at 200 ms with an
    /// instant round trip sees some record within a few milliseconds of its acceptance by default,
    /// and none before 300 ms with it.
    @Test func test_L6_recordsAreReadableImmediatelyUnlessAVisibilityDelayIsSet() {
        let delayed = #"{"shards": 1, "visibilityDelay": "300ms"}"#
        for (stream, expectedMs) in [(#"{"shards": 1}"#, 70.0), (delayed, 370.0)] {
            let spec = Fixtures.spec(consumers: #"{"name": "pusher", "type": "efo", "readLatency": "0ms"}"#, stream: stream)
            let result = ScenarioFixtures.run(Fixtures.config(spec, pushDelay: .constant(.milliseconds(70))))
            let latency = result.metrics.consumers[0].latency
            #expect(abs(latency.milliseconds(atPercentile: 0) - expectedMs) < 0.5, "\(stream)")
            #expect(abs(latency.maxMilliseconds - expectedMs) < 0.5, "\(stream)")
        }
        #expect(Self.polling(1, every: "200ms", readLatency: "0ms").metrics.consumers[0].latency.milliseconds(atPercentile: 0) < 5)
        let poller = Fixtures.consumers(1, named: "poller", #""pollInterval": "200ms", "readLatency": "0ms""#)
        let delayedPoller = ScenarioFixtures.run(Fixtures.spec(consumers: poller, stream: delayed))
        #expect(delayedPoller.metrics.consumers[0].latency.milliseconds(atPercentile: 0) >= 300)
    }
}

/// `scenarios/one-polling-app.json` against `scenarios/five-polling-apps.json`: the same traffic
/// read by one application, then by five each polling as if alone.
@Suite struct SharedReadScenarioTests {
    @Test func fiveApplicationsPollingOneShardAreThrottledAndWaitAboutFiveTimesLonger() {
        let one = ScenarioFixtures.run(ScenarioFixtures.load("one-polling-app").spec)
        let five = ScenarioFixtures.run(ScenarioFixtures.load("five-polling-apps").spec)
        #expect(one.metrics.throttledGetCalls == 0)
        #expect(five.metrics.throttledGetCalls > five.metrics.getCalls / 10)
        let alone = one.metrics.consumers[0].latency.meanMilliseconds
        for consumer in five.metrics.consumers {
            #expect(consumer.latency.meanMilliseconds > 4 * alone, "\(consumer.latency.meanMilliseconds) ms against \(alone) ms")
        }
        #expect(one.invariantsHold && five.invariantsHold)
    }
}
