import Foundation
import Testing

/// smoke.json is sound for any seed: each seed changes the readings and timings, never the verdict.
@Suite struct SmokeOtherSeedsTests {
    /// Runs smoke.json with `seed` and returns the exit status and machine summary.
    static func run(seed: Int) throws -> (status: Int32, summary: MachineSummaryJSON) {
        try withTemporaryDirectory { dir in
            let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--seed", String(seed), "--quiet", "--json", "-",
                                          "--db", dir.appendingPathComponent("seed.sqlite").path])
            return (outcome.status, try MachineSummaryJSON(text: outcome.stdout))
        }
    }

    /// Two consumers over-subscribing a shard's 5 calls/s throttle each other but both progress.
    @Test(arguments: [8, 10, 11, 12])
    func smokePasses(seed: Int) throws {
        let (status, summary) = try Self.run(seed: seed)
        #expect(status == 0, "verdict \(summary.string(at: "verdict") ?? "?"), invariants \(summary.value(at: "invariants") ?? "?")")
    }

    /// Every accepted record is delivered, or counted as undelivered.
    @Test func undeliveredRecordsAreCounted() throws {
        let (_, summary) = try Self.run(seed: 8)
        #expect(summary.unaccountedShortfalls() == [])
    }
}
