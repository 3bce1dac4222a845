import Reporting
import ResultStore
import RunCapture
import Scenario

/// A scenario file run to completion for a command that judges its results (`baseline update`,
/// `gate`): loaded (problems exit 65 before anything runs), run without progress, captured as
/// the store would keep it.
enum ScenarioRun {
    static func view(of path: String, seed: UInt64? = nil) throws -> RunView {
        var loaded = try ScenarioInput.load(path)
        if let seed { loaded.spec.seed = seed }
        let report = RunExecution(showProgress: false, auditEvery: nil).run(loaded)
        return RunView(StoredRun(report: report))
    }
}
