import ArgumentParser
import Foundation
import Planning
import Reporting
import ResultStore
import RunCapture
import Scenario

/// Runs a scenario's plan: candidate shard counts as runs of the scenario with `stream.shards`
/// replaced, on `jobs` threads, each run once whatever the search asks.
struct PlanScenario {
    var loaded: LoadedScenario
    var jobs: Int

    /// Plans vary only the shard count, so a stream that reshards itself cannot be planned.
    static func checkPlannable(_ spec: ScenarioSpec, file: String) throws {
        var reasons: [String] = []
        if spec.stream.mode != .provisioned { reasons.append("stream.mode is \(spec.stream.mode), and plan sizes provisioned streams") }
        if spec.stream.autoscaling != nil { reasons.append("stream.autoscaling changes the shard count during the run") }
        let reshards = spec.faults.filter { [.splitShard, .mergeShards, .updateShardCount].contains($0.action.type) }
        if !reshards.isEmpty { reasons.append("faults reshard the stream (\(reshards.map { $0.action.type.rawValue }.joined(separator: ", ")))") }
        guard reasons.isEmpty else { throw UsageFailure("\(file) cannot be planned by shard count: " + reasons.joined(separator: "; ")) }
    }

    func plan(range: ClosedRange<Int>, seeds count: Int, objectives: (slo: SLOSpec, defaulted: Bool)) -> PlanResult {
        let seeds = (0..<UInt64(count)).map { loaded.spec.seed &+ $0 }
        var runs: [ShardSearch.Candidate: PlanCandidate] = [:]
        func evaluate(_ batch: [ShardSearch.Candidate]) -> [Bool] {
            let scenarios = batch.map { candidate -> LoadedScenario in
                var scenario = loaded
                scenario.spec.stream.shards = candidate.shards
                scenario.spec.seed = candidate.seed
                return scenario
            }
            let views = ParallelRuns.map(scenarios, jobs: jobs) {
                RunView(StoredRun(report: RunExecution(showProgress: false, auditEvery: nil).run($0)))
            }
            for (candidate, view) in zip(batch, views) {
                runs[candidate] = PlanCandidate(shards: candidate.shards, seed: candidate.seed, run: view)
            }
            return batch.map { runs[$0]!.passed }
        }
        let first = ShardSearch.Candidate(shards: Swift.min(Swift.max(loaded.spec.stream.shards, range.lowerBound), range.upperBound),
                                          seed: seeds[0])
        _ = evaluate([first])
        let formula = offeredLoad(runs[first]!.run)
        let search = ShardSearch(minShards: range.lowerBound, maxShards: range.upperBound, seeds: seeds)
        let recommendation = search.run(startingAt: formula.roundedShards, evaluate: evaluate)
        // Why the count below the answer (or, with none, the largest) fails: its first failing run.
        let explained = recommendation.map { $0 - 1 } ?? range.upperBound
        let failing = seeds.lazy.compactMap { runs[ShardSearch.Candidate(shards: explained, seed: $0)] }.first { !$0.passed }
        return PlanResult(scenario: loaded.spec.name, objectives: PlanObjectives.describe(objectives.slo),
                          defaultObjectives: objectives.defaulted, candidates: Array(runs.values), recommendation: recommendation,
                          formula: formula, failing: failing,
                          binding: failing.map { BindingLimit.of($0, offered: formula, limits: limits) }, range: range)
    }

    /// The load the devices offer, from a run: emitted readings per second and the average record.
    func offeredLoad(_ run: RunView) -> SizingFormula {
        let accepted = Swift.max(run["records.accepted"], 1)
        return SizingFormula(recordsPerSecond: run["records.emitted"] / Swift.max(run["sim.duration_s"], 1e-9),
                             averageRecordBytes: run["throughput.bytes_per_second"] * run["sim.duration_s"] / accepted,
                             consumers: loaded.spec.consumers.count)
    }

    var limits: BindingLimit.Limits {
        BindingLimit.Limits(recordsPerSecond: Double(loaded.spec.stream.limits.writeRecordsPerSecond),
                            bytesPerSecond: Double(loaded.spec.stream.limits.writeBytesPerSecond))
    }
}
