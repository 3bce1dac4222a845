import Metrics
import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// What a fan-out subscription's events carry besides records (E5): `MillisBehindLatest`, and
/// `ChildShards` at a shard's end. (The continuation across renewals: `FanOutRenewalTests`.)
@Suite struct FanOutEventTests {
    /// A caught-up subscription's events say 0 ms behind. One paced at half the shard's incoming
    /// bytes falls behind: by the end of the 2-minute emission it has pushed about the first
    /// minute (plus the one second its full bucket allows at once), so its events say about
    /// 59 s behind. Neither makes a GetRecords call or adds to the `GetRecords.*` series, which
    /// are polling metrics.
    @Test func test_E5_pushEventsCarryMillisBehindLatestAndAreNoGetRecordsCalls() throws {
        let spec = PutToGetFixtures.spec(consumers: #"{"name": "pusher", "type": "efo"}"#)
        let caughtUp = ScenarioFixtures.run(spec)
        #expect(caughtUp.metrics.consumers[0].maxMillisBehindLatest == 0)
        var slowed = WorldConfig(scenario: spec)
        let incomingBytesPerSecond = Int64(caughtUp.metrics.acceptedBytes) / 120
        slowed.consumers[0].fanOut!.bytesPerSecond = incomingBytesPerSecond / 2
        let behind = ScenarioFixtures.run(slowed)
        let millisBehind = behind.metrics.consumers[0].maxMillisBehindLatest
        #expect(millisBehind > 58_000 && millisBehind < 60_000, "\(millisBehind) ms behind")
        for result in [caughtUp, behind] {
            #expect(result.metrics.getCalls == 0)
            for metric in [MetricName.getRecordsRecords, .getRecordsBytes, .getRecordsIteratorAgeMilliseconds] {
                #expect(result.metrics.streamSeconds.points.allSatisfy { metric.value(in: $0) == 0 }, "\(metric)")
            }
        }
    }

    static let split = #"{"at": "30500ms", "type": "split-shard", "shard": 0}"#

    /// The last event of a closed shard carries `ChildShards`: the consumer (parent-first, the
    /// default for fan-out) subscribes to both children once the parent is drained, and every
    /// device's records stay in order across the split (`key-order`). Under load (500 records/s)
    /// an event is on its way when the shard closes and ends it; with one record a second the
    /// subscription is waiting, and the split itself sends it the final event.
    @Test(arguments: [#"{"kind": "temperature", "count": 50, "interval": "100ms"}"#,
                      #"{"kind": "temperature", "count": 1, "interval": "1s"}"#])
    func test_E5_afterASplitTheConsumerGoesOnToTheChildrenParentFirst(devices: String) {
        let spec = PutToGetFixtures.spec(consumers: #"{"name": "pusher", "type": "efo"}"#, devices: devices,
                                         faults: Self.split, duration: "1m")
        let result = ScenarioFixtures.run(spec)
        #expect(result.shards.map(\.state) == ["CLOSED", "OPEN", "OPEN"])
        #expect(result.metrics.consumers[0].subscriptions == 3)
        #expect(result.invariantsHold, "\(result.invariants.filter { !$0.holds })")
        #expect(result.metrics.consumers[0].delivered == result.metrics.accepted)
        #expect(result.metrics.shards[1].incomingRecords + result.metrics.shards[2].incomingRecords > 0)
    }
}
