@testable import Reporting
import Testing

/// The scenario diff of `simctl compare`: `diff -u` hunks with three lines of context.
@Suite struct UnifiedDiffTests {
    @Test func equalTextsHaveNoDiff() {
        #expect(UnifiedDiff.render("a\nb\n", "a\nb\n", oldName: "x", newName: "y").isEmpty)
    }

    @Test func aChangedLineIsOneHunkWithContext() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n")
        let new = old.replacingOccurrences(of: "line 5", with: "line five")
        #expect(UnifiedDiff.render(old, new, oldName: "run 1 smoke", newName: "run 2 smoke") == [
            "--- run 1 smoke", "+++ run 2 smoke", "@@ -2,7 +2,7 @@",
            " line 2", " line 3", " line 4", "-line 5", "+line five", " line 6", " line 7", " line 8",
        ])
    }

    @Test func distantChangesAreSeparateHunksAndAdditionsCountOnlyInTheNew() {
        let old = (1...20).map { "l\($0)" }
        var new = old
        new[1] = "changed"
        new.insert("added", at: 18)
        let diff = UnifiedDiff.render(old.joined(separator: "\n"), new.joined(separator: "\n"), oldName: "a", newName: "b")
        #expect(diff.filter { $0.hasPrefix("@@") } == ["@@ -1,5 +1,5 @@", "@@ -16,5 +16,6 @@"])
        #expect(diff.contains("+added") && diff.contains("-l2") && diff.contains("+changed"))
    }
}

/// Which way each metric should move, for `compare` and the gate.
@Suite struct MetricDirectionTests {
    @Test(arguments: [
        ("throughput.records_per_second", MetricDirection.higherIsBetter),
        ("consumers.analytics.delivered", .higherIsBetter),
        ("consumers.analytics.latency.e2e_ms.p99", .lowerIsBetter),
        ("put.throttle_rate", .lowerIsBetter),
        ("shards.shardId-000000000001.throttled", .lowerIsBetter),
        ("consumers.analytics.lost_by_shard.shardId-000000000001", .lowerIsBetter),
        ("records.dropped", .lowerIsBetter),
        ("cost.monthly_usd", .lowerIsBetter),
        ("cost.on_demand_monthly_usd", .lowerIsBetter),
        ("cost.on_demand_run_usd", .lowerIsBetter),
        ("cost.on_demand_written_gb", .neutral),
        ("put.requests", .neutral),
        ("wall.records_per_second", .neutral),
        ("sim.events", .neutral),
        ("anomalies.recall", .higherIsBetter),
        ("consumers.analytics.operators.1.anomalies.by_kind.cpu.precision", .higherIsBetter),
        ("consumers.analytics.operators.1.anomalies.false_positives", .lowerIsBetter),
        ("anomalies.delay_ms.p95", .lowerIsBetter),
        ("consumers.analytics.operators.2.sink.freshness_ms.p99", .lowerIsBetter),
        ("consumers.analytics.operators.2.sink.duplicate_records", .lowerIsBetter),
        ("anomalies.detected", .neutral),
        ("consumers.analytics.operators.2.sink.objects", .neutral),
        ("producer.expired", .lowerIsBetter),
        ("producer.wrong_shard", .lowerIsBetter),
        ("producer.discarded", .lowerIsBetter),
        ("producer.rate_limited", .neutral),
        ("producer.rate_limit", .neutral),
    ])
    func direction(of name: String, is expected: MetricDirection) {
        #expect(MetricDirection.of(name) == expected)
    }

    @Test func aVerdictFollowsTheDirection() {
        #expect(MetricDirection.higherIsBetter.verdict(from: 100, to: 90) == -1)
        #expect(MetricDirection.lowerIsBetter.verdict(from: 100, to: 90) == 1)
        #expect(MetricDirection.neutral.verdict(from: 100, to: 90) == 0)
        #expect(MetricDirection.lowerIsBetter.verdict(from: 5, to: 5) == 0)
    }
}
