import ResultStore
import Testing

/// A plan and its candidate runs are written together or not at all, and read back as written.
@Suite struct PlanStoreTests {
    static func plan(document: String = #"{"schema": "simctl.plan.v1"}"#, recommendation: Int? = 6) -> StoredPlan {
        StoredPlan(scenarioName: "smart-meters", scenarioSHA256: String(repeating: "cd", count: 32),
                   createdAt: "2026-12-02T18:00:00Z", simctlVersion: "0.9.0", recommendation: recommendation, document: document)
    }

    @Test(arguments: StoreBackend.allCases)
    func aPlanAndItsRunsReadBackTogether(backend: StoreBackend) throws {
        try backend.withStore { store in
            let earlier = try store.save(.sample(seed: 1))
            let saved = try store.save(Self.plan(), runs: [.sample(seed: 2), .sample(seed: 3)])
            #expect(saved.runIDs == [earlier + 1, earlier + 2])
            var expected = Self.plan()
            expected.runIDs = saved.runIDs
            #expect(try store.plan(id: saved.planID) == expected)
            #expect(try store.latestPlanID() == saved.planID)
            #expect(try store.run(id: saved.runIDs[1])?.seed == 3, "a candidate is an ordinary run")
            #expect(try store.plan(id: saved.planID + 1) == nil)
        }
    }

    @Test func aPlanWithoutAnAnswerKeepsNil() throws {
        let store = try ResultStore.inMemory()
        let saved = try store.save(Self.plan(recommendation: nil), runs: [])
        #expect(try store.plan(id: saved.planID)?.recommendation == nil)
    }

    /// The document must be JSON (a CHECK): a failing plan leaves neither it nor its runs.
    @Test func aRefusedPlanWritesNothing() throws {
        let store = try ResultStore.inMemory()
        #expect(throws: (any Error).self) { try store.save(Self.plan(document: "not json"), runs: [.sample()]) }
        #expect(try store.latestPlanID() == nil)
        #expect(try store.latestRunID() == nil)
    }
}
