import Foundation
import Testing

/// Same scenario and seed give the same digest in separate processes; another seed does not.
@Suite struct DeterminismTests {
    /// The digest of one completed `simctl run` process of smoke.json with `extraArguments`
    /// (whatever its verdict: `SmokeOtherSeedsTests` checks verdicts).
    static func digest(_ extraArguments: [String] = []) throws -> String {
        try withTemporaryDirectory { dir in
            let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--quiet", "--json", "-",
                                          "--db", dir.appendingPathComponent("d.sqlite").path] + extraArguments)
            #expect([0, 1, 2, 3].contains(outcome.status), "the run did not complete: \(outcome.summary)")
            let digest = try #require(MachineSummaryJSON(text: outcome.stdout).string(at: "digest"))
            #expect(!digest.isEmpty && digest.allSatisfy(\.isHexDigit), "digest \(digest) is not hex")
            return digest
        }
    }

    @Test func separateProcessesGiveTheSameDigest() throws {
        #expect(try Self.digest() == Self.digest())
    }

    @Test func anotherSeedGivesAnotherDigest() throws {
        #expect(try Self.digest(["--seed", "7"]) != Self.digest(["--seed", "8"]))
    }

    @Test func checkDeterminismPasses() throws {
        try withTemporaryDirectory { dir in
            let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--check-determinism",
                                          "--db", dir.appendingPathComponent("d.sqlite").path])
            #expect(outcome.status == 0, "\(outcome.summary)")
            #expect(outcome.stdout.contains("determinism: two runs gave digest"), "stdout:\n\(outcome.stdout)")
        }
    }
}
