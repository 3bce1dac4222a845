import Foundation
import Planning
import Reporting
import Scenario

/// Runs a scenario's plan: candidate shard counts as runs of the scenario with `stream.shards`
/// replaced, on `jobs` threads, each run once whatever the search asks.
struct PlanScenario {
    var loaded: LoadedScenario
    var jobs: Int

    /// The plan of one configuration: its resharding left out, its objectives (or the defaults)
    /// checked, the candidates run on `jobs` threads.
    static func plan(_ configuration: ScenarioVariant, range: ClosedRange<Int>, seeds: Int, jobs: Int) -> PlanResult {
        var loaded = configuration.loaded
        let notes = fixedShards(&loaded.spec)
        let objectives = PlanObjectives.of(loaded.spec)
        loaded.spec.slo = objectives.slo
        var result = PlanScenario(loaded: loaded, jobs: jobs).plan(range: range, seeds: seeds, objectives: objectives, notes: notes)
        result.variant = configuration.label.isEmpty ? nil : configuration.label
        return result
    }

    /// The scenario as planned: a fixed count of provisioned shards. What the scenario does to
    /// its own shard count (on-demand mode, autoscaling, resharding faults) is left out, and the
    /// plan says so: the question is how many shards to provision.
    static func fixedShards(_ spec: inout ScenarioSpec) -> [String] {
        var notes: [String] = []
        if spec.stream.mode != .provisioned {
            notes.append("stream.mode \(spec.stream.mode) is planned as provisioned")
            spec.stream.mode = .provisioned
        }
        if spec.stream.autoscaling != nil {
            notes.append("stream.autoscaling is off")
            spec.stream.autoscaling = nil
        }
        let reshards = spec.faults.filter { [.splitShard, .mergeShards, .updateShardCount].contains($0.action.type) }
        if !reshards.isEmpty {
            notes.append("the scenario's resharding is left out (" + reshards.map { "\($0.action.type.rawValue) at \($0.at)" }
                .joined(separator: ", ") + ")")
            spec.faults.removeAll { [.splitShard, .mergeShards, .updateShardCount].contains($0.action.type) }
        }
        return notes
    }

    func plan(range: ClosedRange<Int>, seeds count: Int, objectives: (slo: SLOSpec, defaulted: Bool), notes: [String]) -> PlanResult {
        let seeds = (0..<UInt64(count)).map { loaded.spec.seed &+ $0 }
        var runs: [ShardSearch.Candidate: PlanCandidate] = [:]
        func evaluate(_ batch: [ShardSearch.Candidate]) -> [Bool] {
            let scenarios = batch.map { candidate -> LoadedScenario in
                var scenario = loaded
                scenario.spec.stream.shards = candidate.shards
                scenario.spec.seed = candidate.seed
                return scenario
            }
            for (candidate, view) in zip(batch, ScenarioRun.views(of: scenarios, jobs: jobs, stopWhenDecided: objectives.slo)) {
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
        return PlanResult(scenario: loaded.spec.name, variant: nil, notes: notes, objectives: objectives.slo,
                          defaultObjectives: objectives.defaulted, candidates: Array(runs.values), seeds: seeds,
                          recommendation: recommendation,
                          formula: formula, failing: failing,
                          binding: failing.map { BindingLimit.of($0, offered: formula, limits: limits, keys: "\(loaded.spec.fleet.partitionKey)") }, range: range)
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
