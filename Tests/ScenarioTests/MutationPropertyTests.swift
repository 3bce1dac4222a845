import SimKernel
import Testing
@testable import Scenario

/// Thousands of damaged scenario files: validation never crashes, and every rejection names a path.
@Suite struct MutationPropertyTests {
    static let cases: UInt64 = 3_000

    /// Richer than the minimal file so that mutations reach every part of the schema.
    static let base = #"""
        {"version": 1, "name": "property-base", "seed": 9, "duration": "10m", "drain": "1m",
         "startTime": "2026-01-01T00:00:00.5Z",
         "fleet": {"gateways": 4, "devices": [
             {"kind": "temperature", "count": 10, "jitter": "10ms", "params": {"normalMin": 1, "normalMax": 2}},
             {"kind": "gps", "count": 5, "params": {"bbox": [1, 2, 3, 4]}}],
           "partitionKey": "constant:k", "batching": {"maxRecords": 10, "maxBytes": "1MiB", "linger": "5ms"},
           "uplinkLatency": {"dist": "lognormal", "median": "20ms", "p99": "150ms"},
           "retry": {"maxAttempts": 2, "jitter": "none"}, "ackLossRate": 0.1},
         "stream": {"shards": 2, "retention": "48h", "limits": {"writeRecordsPerSecond": 100, "readBytesPerSecond": "1MiB"},
           "prices": {"shardHour": 0.1}},
         "consumers": [{"name": "a", "pollInterval": "100ms", "limit": 100,
           "analytics": [{"type": "tumbling", "size": "10s", "aggregates": ["count", "avg"], "watermarkLag": "1s"}]},
           {"name": "b", "iterator": "LATEST"}],
         "faults": [],
         "slo": {"p99LatencyMs": 100, "maxWriteThrottleRate": 0.5, "maxDropped": 3}}
        """#

    @Test func theBaseIsValid() {
        #expect(problems(Self.base).isEmpty)
    }

    @Test func damagedFilesAreRejectedWithPaths() throws {
        let root = try JSONParser.parse(Array(Self.base.utf8)).get()
        var rejected: UInt64 = 0
        for seed in 0..<Self.cases {
            var mutator = JSONMutator(random: SimRandom(seed: seed))
            var tree = root
            for _ in 0...mutator.random.bounded(3) { tree = mutator.mutateTree(tree) }
            var bytes = Array(tree.compactText.utf8)
            let rawDamage = mutator.random.bounded(3) == 0
            if rawDamage { bytes = mutator.damageBytes(bytes) }
            let result = ScenarioLoader.parse(bytes: bytes, origin: "seed \(seed)")
            check(result, seed: seed, rawDamage: rawDamage)
            if case .failure = result { rejected += 1 }
        }
        #expect(rejected > Self.cases / 2, "the mutations should mostly break the file")
    }

    /// Every problem has a path; `$` only for text that is not JSON (trees always are).
    func check(_ result: Result<LoadedScenario, ScenarioErrors>, seed: UInt64, rawDamage: Bool) {
        guard case .failure(let errors) = result else { return }
        #expect(!errors.problems.isEmpty, "seed \(seed): failure without problems")
        for problem in errors.problems {
            #expect(!problem.path.isEmpty && !problem.message.isEmpty, "seed \(seed): \(problem)")
            if problem.path == "$" {
                #expect(rawDamage && problem.message.hasPrefix("line "), "seed \(seed): \(problem)")
            } else {
                #expect(Self.isJSONPath(problem.path) || rawDamage && problem.path.contains("[\""), "seed \(seed): \(problem)")
            }
        }
    }

    /// `name(.name|[index])*`, as in `consumers[0].analytics[1].size`; raw damage may also make
    /// keys that are not names, which paths quote: `fleet["ga~teways"]`.
    static func isJSONPath(_ path: String) -> Bool {
        path.wholeMatch(of: /[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*|\[[0-9]+\])*/) != nil
    }
}
