import Foundation
import Testing

/// The machine summary counts each fan-out consumer's SubscribeToShard calls (E3): a key only
/// fan-out consumers have, as only they subscribe.
@Suite struct FanOutSummaryTests {
    /// One device, two shards, a fan-out and a polling consumer, for 5 minutes and 1 s of drain:
    /// each shard is subscribed at 0 and renewed at 5 minutes.
    static let scenario = #"""
    {"version": 1, "name": "efo-renewal", "seed": 1, "duration": "5m", "drain": "1s",
     "fleet": {"gateways": 1, "devices": [{"kind": "temperature", "count": 1, "interval": "1s"}]},
     "stream": {"shards": 2},
     "consumers": [{"name": "pusher", "type": "efo"}, {"name": "poller"}]}
    """#

    @Test func test_E3_theSummaryCountsEachFanOutConsumersSubscriptions() throws {
        let summary = try withTemporaryDirectory { dir in
            let scenario = dir.appendingPathComponent("efo-renewal.json")
            try Self.scenario.write(to: scenario, atomically: true, encoding: .utf8)
            let json = dir.appendingPathComponent("summary.json")
            let outcome = try Simctl.run(["run", scenario.path, "--quiet", "--db", dir.appendingPathComponent("s.sqlite").path,
                                          "--json", json.path])
            #expect(outcome.status == 0, "\(outcome.summary)")
            return try MachineSummaryJSON(text: String(contentsOf: json, encoding: .utf8))
        }
        #expect(summary.number(at: "consumers.pusher.subscriptions") == 4)  // 2 shards × 2
        #expect(summary.value(at: "consumers.poller.subscriptions") == nil)
    }
}
