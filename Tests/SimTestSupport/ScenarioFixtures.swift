import Foundation
import Scenario
import SimHarness
import SimKernel
import StreamModel
import Telemetry

/// Scenarios from the repository's `scenarios/` folder, and runs shared by several tests
/// (each shared run is computed once, on first use).
public enum ScenarioFixtures {
    public static let scenariosDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios")

    /// Loads `scenarios/<name>.json`; a scenario that fails validation stops the test run.
    public static func load(_ name: String) -> LoadedScenario {
        let path = scenariosDirectory.appendingPathComponent("\(name).json").path
        switch ScenarioLoader.load(path: path) {
        case .success(let loaded): return loaded
        case .failure(let errors): preconditionFailure("scenario \(path) does not load: \(errors)")
        }
    }

    public static func overriding(_ spec: ScenarioSpec, seed: UInt64? = nil, duration: SimDuration? = nil) -> ScenarioSpec {
        do {
            return try spec.withOverrides(seed: seed, duration: duration)
        } catch {
            preconditionFailure("overrides rejected: \(error)")
        }
    }

    public static func run(_ config: WorldConfig, stream: Runner.StreamBuilder = Runner.faithfulStream) -> RunResult {
        var runner = Runner(config: config, stream: stream)
        return runner.runToEnd()
    }

    public static func run(_ spec: ScenarioSpec) -> RunResult { run(WorldConfig(scenario: spec)) }

    /// A run with every model's whole-state audit after each 1,000 events, on top of its checkers.
    public static func audited(_ spec: ScenarioSpec) -> RunResult {
        var runner = Runner(config: WorldConfig(scenario: spec))
        runner.auditEvery = 1_000
        return runner.runToEnd()
    }

    /// 200 devices, 2 shards, 2 consumers, 2 minutes: about 68 records/s per shard.
    public static let smoke = load("smoke")
    public static let smokeResult = run(smoke.spec)

    /// Single put mode, a sliding window and an internal-failure fault: the write path's features.
    public static let orderedSinglePuts = load("ordered-single-puts")
    public static let orderedSinglePutsResult = run(orderedSinglePuts.spec)

    /// 3,000 records/s into 2,000 records/s of shards, shortened from 5 minutes to 20 s.
    public static let throttling = load("hot-shard-throttling")
    public static let throttlingSpec = overriding(throttling.spec, duration: .seconds(20))
    public static let throttlingResult = run(throttlingSpec)
}
