import Reporting
import Scenario

/// `--perf`: each scenario run again and again for its wall speed (`WallSpeed`), one run at a time
/// whatever `--jobs` says, since runs side by side share cores, caches and memory bandwidth and
/// would slow each other. Both commands measure after their own runs of the same scenarios, which
/// so warm the process up alike for the baseline and the gate.
enum WallSpeedRuns {
    static func measure(_ scenarios: [LoadedScenario], runs: Int) -> [WallSpeed] {
        let machine = MachineDescription.current
        return scenarios.map { scenario in
            let samples = (0..<runs).map { _ in ScenarioRun.view(of: scenario)[WallSpeed.metric] }
            return WallSpeed(recordsPerSecond: samples, machine: machine)
        }
    }
}
