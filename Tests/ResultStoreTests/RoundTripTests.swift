import ResultStore
import Testing

@Suite("Saving and reading runs")
struct RoundTripTests {
    @Test("every field and child reads back as saved", arguments: StoreBackend.allCases)
    func roundTripsEverything(backend: StoreBackend) throws {
        try backend.withStore { store throws in
            let run = StoredRun.sample()
            let id = try store.save(run)
            #expect(try store.run(id: id) == run)
            #expect(try store.run(id: id + 1) == nil)
        }
    }

    /// SQLite's INTEGER is signed 64-bit: seeds above Int64.max are the ones a careless
    /// encoding would lose or turn negative.
    @Test("seeds survive exactly", arguments: [0, 1, UInt64(Int64.max), UInt64(Int64.max) + 1, UInt64.max])
    func roundTripsSeed(seed: UInt64) throws {
        let store = try ResultStore.inMemory()
        let id = try store.save(.sample(seed: seed))
        #expect(try store.run(id: id)?.seed == seed)
        #expect(try store.runs(limit: 1).first?.seed == seed)
    }

    @Test("a run without children round-trips with empty collections")
    func roundTripsEmptyChildren() throws {
        let store = try ResultStore.inMemory()
        var run = StoredRun.sample(verdict: "pass")
        run.metrics = []
        run.shards = []
        run.windows = []
        run.invariants = []
        run.violations = []
        run.objectives = []
        run.latency = []
        run.series = []
        run.consumers = []
        run.latencyBuckets = []
        run.consumerSeries = []
        run.timeline = []
        run.leases = []
        run.windowLateness = []
        let id = try store.save(run)
        #expect(try store.run(id: id) == run)
    }

    @Test("runs are listed newest first, filtered by scenario and limited")
    func listsRuns() throws {
        let store = try ResultStore.inMemory()
        let first = try store.save(.sample(scenario: "a", seed: 1))
        let second = try store.save(.sample(scenario: "b", seed: 2))
        let third = try store.save(.sample(scenario: "a", seed: 3, verdict: "data-loss"))

        #expect(try store.runs(limit: 10).map(\.id) == [third, second, first])
        #expect(try store.runs(scenario: "a", limit: 10).map(\.id) == [third, first])
        #expect(try store.runs(scenario: "missing", limit: 10).isEmpty)
        #expect(try store.runs(limit: 1).map(\.id) == [third])
        #expect(try store.latestRunID() == third)

        let sample = StoredRun.sample()
        let expected = RunRow(
            id: third, scenarioName: "a", seed: 3, digest: sample.digest, verdict: "data-loss",
            startedAtISO8601: sample.startedAtISO8601, wallSeconds: sample.wallSeconds,
            throughputRecordsPerSecond: nil, worstP99Ms: 812.5
        )
        #expect(try store.runs(limit: 1) == [expected])
    }

    @Test("metrics are keyed by name, and empty for an unknown run")
    func readsMetrics() throws {
        let store = try ResultStore.inMemory()
        let id = try store.save(.sample())
        let expected = Dictionary(uniqueKeysWithValues: StoredRun.sample().metrics.map { ($0.name, $0.value) })
        #expect(try store.metrics(runID: id) == expected)
        #expect(try store.metrics(runID: id + 1).isEmpty)
    }

    @Test("100k windows are saved and read back", arguments: StoreBackend.allCases)
    func savesManyWindows(backend: StoreBackend) throws {
        try backend.withStore { store throws in
            var run = StoredRun.sample()
            run.windows = (0..<100_000).map { index in
                let startMs = Int64(index / 100) * 1_000
                return StoredWindow(
                    consumer: "analytics", operatorIndex: 0, windowStartMs: startMs, windowEndMs: startMs + 1_000,
                    groupKey: "device-\(index % 100)", count: Int64(index), sum: Double(index),
                    min: 0, max: Double(index), avg: 0.5
                )
            }
            let id = try store.save(run)
            #expect(try store.run(id: id)?.windows == run.windows)
        }
    }
}
