import Scenario
import SimHarness
import SimTestSupport
import Testing

/// The verdict's precedence (invariant, data loss, objectives, pass) and exit codes.
@Suite("Verdict")
struct VerdictTests {
    static let missed = Objectives.evaluate(SLOSpec(p99LatencyMs: 1), result: ScenarioFixtures.smokeResult)
    static let met = Objectives.evaluate(SLOSpec(), result: ScenarioFixtures.smokeResult)

    @Test func exitCodes() {
        #expect([Verdict.pass, .invariant, .slo, .dataLoss].map(\.exitCode) == [0, 1, 2, 3])
        #expect(Verdict.dataLoss.rawValue == "data-loss")
    }

    @Test func aSoundRunMeetingItsObjectivesPasses() {
        #expect(Self.met.allSatisfy { $0.met })
        #expect(!Self.missed.allSatisfy { $0.met })
        #expect(Verdict.of(ScenarioFixtures.smokeResult, objectives: Self.met) == .pass)
    }

    @Test func aMissedObjectiveIsAnSLOVerdict() {
        #expect(Verdict.of(ScenarioFixtures.smokeResult, objectives: Self.met + Self.missed) == .slo)
    }

    @Test func dataLossComesBeforeObjectives() {
        var result = ScenarioFixtures.smokeResult
        result.lostPerConsumerShard = [[1]]
        #expect(Verdict.of(result, objectives: Self.missed) == .dataLoss)
    }

    @Test func aFiredInvariantComesFirst() {
        var result = ScenarioFixtures.smokeResult
        result.lostPerConsumerShard = [[1]]
        result.invariants[1].violations = 1
        #expect(!result.invariantsHold)
        #expect(Verdict.of(result, objectives: Self.missed) == .invariant)
    }

    @Test func aRunStoppedAtAKernelLimitIsAnInvariantVerdict() {
        var result = ScenarioFixtures.smokeResult
        result.stoppedEarly = .kernelLimit("the run needed more than 1 events")
        #expect(result.invariantsHold)
        #expect(Verdict.of(result, objectives: []) == .invariant)
    }
}
