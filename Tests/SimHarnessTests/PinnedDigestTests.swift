import SimHarness
import SimTestSupport
import Testing

/// Each pinned scenario still gives its pinned digest (`PinnedDigests`): a change that moves one
/// must update the pin deliberately.
@Suite struct PinnedDigestTests {
    @Test(arguments: PinnedDigests.byScenario.map { ($0.key, $0.value) })
    func aPinnedScenarioGivesItsPinnedDigest(scenario: String, digest: String) {
        #expect(ScenarioFixtures.run(ScenarioFixtures.load(scenario).spec).digest == digest)
    }
}
