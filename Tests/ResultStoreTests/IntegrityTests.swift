import ResultStore
import Testing

@Suite("Atomic saves and constraints")
struct IntegrityTests {
    /// Ways to break a save partway: the run row and some children are already written when
    /// the failing statement runs, so only a rolled-back transaction leaves nothing behind.
    enum MidRunFailure: String, CaseIterable, Sendable {
        case duplicateMetric
        case duplicateLatency
        case notANumberMetric
        /// The series are written last, after every other child.
        case negativeSeriesValue

        func apply(to run: inout StoredRun) {
            switch self {
            case .duplicateMetric:
                run.metrics.append(StoredMetric(name: run.metrics[0].name, value: 1))
            case .duplicateLatency:
                run.latency.append(run.latency[0])
            case .notANumberMetric:
                run.metrics.append(StoredMetric(name: "anomalies.precision", value: .nan))
            case .negativeSeriesValue:
                run.series = StoredSeriesRows(Array(run.series) + [
                    StoredSeriesPoint(metric: "IncomingBytes", shardID: nil, resolution: "1s", periodStartS: 0, value: -1),
                ])
            }
        }
    }

    @Test("a failing save leaves no rows", arguments: StoreBackend.allCases, MidRunFailure.allCases)
    func failedSaveLeavesNothing(backend: StoreBackend, failure: MidRunFailure) throws {
        try backend.withStore { store throws in
            var broken = StoredRun.sample()
            failure.apply(to: &broken)
            #expect(throws: StoreError.self) { try store.save(broken) }
            #expect(try store.runs(limit: 10).isEmpty)
            #expect(try store.latestRunID() == nil)

            // The rolled-back id is handed out again: it must carry only the new run's children.
            let id = try store.save(.sample(seed: 9))
            #expect(try store.run(id: id) == .sample(seed: 9))
        }
    }

    /// Values the spec does not allow, each of which must be refused by a CHECK constraint.
    enum BadValue: String, CaseIterable, Sendable {
        case verdict
        case invariantStatus
        case objectiveStatus
        case failedCheckWithoutMessage
        case startedAtNotISO8601
        case digestNotHex
        case seriesResolution
        case shardClosedBeforeOpened

        func apply(to run: inout StoredRun) {
            switch self {
            case .verdict: run.verdict = "maybe"
            case .invariantStatus: run.invariants[0].status = "missed"
            case .objectiveStatus: run.objectives[0].status = "violated"
            case .failedCheckWithoutMessage: run.invariants[1].message = nil
            case .startedAtNotISO8601: run.startedAtISO8601 = "31/01/2025 12:00"
            case .digestNotHex: run.digest = "not-hex"
            case .seriesResolution:
                var rows = Array(run.series)
                rows[0].resolution = "5m"
                run.series = StoredSeriesRows(rows)
            case .shardClosedBeforeOpened: run.shards[2].closedAtS = 10
            }
        }
    }

    @Test("constraints reject values outside the spec", arguments: BadValue.allCases)
    func rejectsBadValues(bad: BadValue) throws {
        let store = try ResultStore.inMemory()
        var run = StoredRun.sample()
        bad.apply(to: &run)
        let error = #expect(throws: StoreError.self) { try store.save(run) }
        guard case .sqlite(let code, let message, let sql)? = error else {
            Issue.record("expected a SQLite error, got \(String(describing: error))")
            return
        }
        #expect(code == 19, "SQLITE_CONSTRAINT")
        #expect(message.contains("CHECK constraint failed"))
        #expect(sql?.hasPrefix("INSERT INTO") == true)
        #expect(try store.latestRunID() == nil)
    }

    @Test("a constraint error names the statement")
    func describesFailingStatement() throws {
        let store = try ResultStore.inMemory()
        var run = StoredRun.sample()
        run.verdict = "maybe"
        let error = #expect(throws: StoreError.self) { try store.save(run) }
        let description = error?.description ?? ""
        #expect(description.hasPrefix("SQLite error 19: CHECK constraint failed"))
        #expect(description.contains("while executing `INSERT INTO runs"))
    }
}
