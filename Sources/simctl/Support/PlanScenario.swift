import Foundation
import Planning
import Reporting
import ResultStore
import RunCapture
import Scenario
import SimKernel

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
    /// plan says so: the question is how many shards to provision. The first note names the
    /// write throttling model the plan runs under.
    static func fixedShards(_ spec: inout ScenarioSpec) -> [String] {
        var leftOut: [String] = []
        if spec.stream.mode != .provisioned {
            leftOut.append("stream.mode \(spec.stream.mode) is planned as provisioned")
            spec.stream.mode = .provisioned
        }
        if spec.stream.autoscaling != nil {
            leftOut.append("stream.autoscaling is off")
            spec.stream.autoscaling = nil
        }
        let reshards = spec.faults.filter { [.splitShard, .mergeShards, .updateShardCount].contains($0.action.type) }
        if !reshards.isEmpty {
            leftOut.append("the scenario's resharding is left out (" + reshards.map { "\($0.action.type.rawValue) at \($0.at)" }
                .joined(separator: ", ") + ")")
            spec.faults.removeAll { [.splitShard, .mergeShards, .updateShardCount].contains($0.action.type) }
        }
        return ["write throttling: the \(spec.stream.limits.writeThrottling.rawValue) model (AWS does not document its "
                + "algorithm; --throttling all plans under all three)"]
            + leftOut.map { $0 + ": the plan sizes a fixed count of provisioned shards" }
    }

    func plan(range: ClosedRange<Int>, seeds count: Int, objectives: (slo: SLOSpec, defaulted: Bool), notes: [String]) -> PlanResult {
        let seeds = (0..<UInt64(count)).map { loaded.spec.seed &+ $0 }
        let first = ShardSearch.Candidate(shards: Swift.min(Swift.max(loaded.spec.stream.shards, range.lowerBound), range.upperBound),
                                          seed: seeds[0])
        let pool = CandidatePool(jobs: jobs, body: runner(first: first, range: range, slo: objectives.slo))
        defer { pool.close() }
        var runs: [ShardSearch.Candidate: PlanCandidate] = [:]
        func evaluate(_ batch: [ShardSearch.Candidate]) -> [Bool] {
            for (candidate, run) in zip(batch, pool.results(for: batch)) { runs[candidate] = run }
            if jobs > 1 { guessConfirmations(runs, seeds: seeds, range: range, pool: pool) }
            return batch.map { runs[$0]!.passed }
        }
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

    /// How a candidate runs: the scenario with its shard count and seed, stopping once its
    /// verdict is decided (except the first, which runs to its end). With spare threads, the first run's first minute gives a guess at
    /// AWS's formula, which the search will ask for next.
    func runner(first: ShardSearch.Candidate, range: ClosedRange<Int>, slo: SLOSpec) -> CandidatePool.Body {
        let (loaded, jobs) = (loaded, jobs)
        return { pool, candidate, keepGoing in
            var scenario = loaded
            scenario.spec.stream.shards = candidate.shards
            scenario.spec.seed = candidate.seed
            var guessed = candidate != first || jobs == 1
            // The first run measures the load the formula sizes for: over the whole run, bursts included.
            let execution = RunExecution(showProgress: false, auditEvery: nil, stopWhenDecided: candidate == first ? nil : slo)
            let report = execution.run(scenario) { runner in
                if !guessed {
                    guessed = true
                    let bytes = Double(runner.acceptedBytesSoFar) / Double(Swift.max(runner.acceptedSoFar, 1))
                    let guess = SizingFormula(recordsPerSecond: Double(runner.emittedSoFar) / Swift.max((runner.now - SimTime.zero).seconds, 1e-9),
                                              averageRecordBytes: bytes, consumers: loaded.spec.consumers.count).roundedShards
                    pool.speculate([ShardSearch.Candidate(shards: Swift.min(Swift.max(guess, range.lowerBound), range.upperBound),
                                                          seed: first.seed)])
                }
                return keepGoing()
            }
            return report.map { PlanCandidate(shards: candidate.shards, seed: candidate.seed, run: RunView(StoredRun(report: $0))) }
        }
    }

    /// With spare threads: the fewest shards that passed so far, and the count below it, will be
    /// confirmed on every seed if that count is the answer, so run them ahead; guesses for
    /// larger counts no longer can be the answer.
    func guessConfirmations(_ runs: [ShardSearch.Candidate: PlanCandidate], seeds: [UInt64], range: ClosedRange<Int>,
                            pool: CandidatePool) {
        guard let best = runs.values.filter({ $0.passed && $0.seed == seeds[0] }).map(\.shards).min() else { return }
        pool.abandon { $0.shards > best }
        let counts = [best, best - 1].filter { range.contains($0) }
        pool.speculate(counts.flatMap { count in seeds.dropFirst().map { ShardSearch.Candidate(shards: count, seed: $0) } })
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
