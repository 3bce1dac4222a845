import Foundation
@testable import Reporting
import Testing

/// Tolerances, the gate's verdict per metric, and the baseline file's round trip and problems.
@Suite struct GateTests {
    static let entry = BaselineScenario(
        path: "scenarios/smoke.json", name: "smoke", sha256: String(repeating: "ab", count: 32), seed: UInt64.max,
        digest: "70e4376d2ae44845", simctlVersion: "0.1.0",
        metrics: ["throughput.records_per_second": 137.2, "consumers.a.latency.e2e_ms.p99": 500, "records.dropped": 0,
                  "cost.shard_hours": 1.0 / 15],
        tolerances: ["consumers.a.latency.e2e_ms.p99": Tolerance(relative: 0.2, absolute: 0)])

    @Test(arguments: [
        ("throughput.records_per_second", Tolerance.throughput),
        ("consumers.a.latency.e2e_ms.p99", Tolerance.latency),
        ("consumers.a.max_iterator_age_ms", Tolerance.latency),
        ("records.dropped", Tolerance.noRise),
        ("put.throttle_rate", Tolerance.noRise),
        ("cost.monthly_usd", Tolerance.proportion),
        ("cost.on_demand_monthly_usd", Tolerance.proportion),
    ])
    func defaultTolerance(of metric: String, is expected: Tolerance) {
        #expect(Tolerance.default(for: metric) == expected)
    }

    @Test func neutralMetricsAreNotGated() {
        #expect(Tolerance.default(for: "put.requests") == nil)
        #expect(Tolerance.default(for: "wall.seconds") == nil)
    }

    /// Throughput may fall 1%; a p99 with a 20% override may rise 20%; drops may not rise at all.
    @Test func aMetricRegressesOnlyBeyondItsToleranceInItsBadDirection() {
        #expect(GateEvaluation.status("throughput.records_per_second", from: 100, to: 99.5, within: .throughput) == .pass)
        #expect(GateEvaluation.status("throughput.records_per_second", from: 100, to: 98.9, within: .throughput) == .regressed)
        #expect(GateEvaluation.status("throughput.records_per_second", from: 100, to: 150, within: .throughput) == .improved)
        #expect(GateEvaluation.status("consumers.a.latency.e2e_ms.p99", from: 500, to: 599, within: Self.entry.tolerance(for: "consumers.a.latency.e2e_ms.p99")!) == .pass)
        #expect(GateEvaluation.status("consumers.a.latency.e2e_ms.p99", from: 500, to: 601, within: Self.entry.tolerance(for: "consumers.a.latency.e2e_ms.p99")!) == .regressed)
        #expect(GateEvaluation.status("records.dropped", from: 0, to: 1, within: .noRise) == .regressed)
        #expect(GateEvaluation.status("cost.shard_hours", from: 1.0 / 15, to: (1.0 / 15).nextUp, within: .proportion) == .pass)
    }

    @Test func aBaselineReadsBackAsWritten() throws {
        let baseline = Baseline(scenarios: [Self.entry])
        let text = BaselineFile.render(baseline)
        #expect(text.contains("\"seed\": \"18446744073709551615\""))
        #expect(try BaselineFile.parse(text).get() == baseline)
    }

    @Test(arguments: [
        ("\"throughput.records_per_second\": 137.2", "\"throughput.record_per_second\": 137.2",
         "scenarios[0].metrics.throughput.record_per_second: no such gated metric"),
        ("\"throughput.records_per_second\": 137.2", "\"throughput.records_per_second\": true",
         "scenarios[0].metrics.throughput.records_per_second: true: must be a number"),
        ("\"seed\": \"18446744073709551615\"", "\"seed\": 7", "scenarios[0].seed: 7: must be a non-empty string"),
        ("\"relative\": 0.2", "\"relative\": -1", "scenarios[0].tolerances.consumers.a.latency.e2e_ms.p99.relative: -1: must be a number ≥ 0"),
        ("\"schema\": \"simctl.baseline.v1\"", "\"schema\": \"v0\"", "schema: \"v0\": must be \"simctl.baseline.v1\""),
    ])
    func aBadBaselineNamesThePathTheValueAndWhatIsAllowed(_ original: String, _ replacement: String, _ expected: String) throws {
        let text = BaselineFile.render(Baseline(scenarios: [Self.entry]))
        try #require(text.contains(original))
        guard case .failure(let problems) = BaselineFile.parse(text.replacingOccurrences(of: original, with: replacement)) else {
            Issue.record("accepted a baseline with \(replacement)")
            return
        }
        #expect(problems.messages.contains { $0.hasPrefix(expected) }, "\(problems.messages)")
    }

    @Test func aToleranceForAMetricTheScenarioLacksIsAProblem() {
        var entry = Self.entry
        entry.tolerances["records.lost"] = Tolerance.noRise
        guard case .failure(let problems) = BaselineFile.parse(BaselineFile.render(Baseline(scenarios: [entry]))) else {
            Issue.record("accepted a tolerance for a metric the baseline does not have")
            return
        }
        #expect(problems.messages == ["scenarios[0].tolerances.records.lost: names no metric of this scenario's baseline "
                                      + "(a tolerance for an unknown metric would never be checked)"])
    }
}
