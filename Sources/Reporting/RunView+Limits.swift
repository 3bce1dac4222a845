import Scenario
import StreamModel

extension RunView {
    /// The stream limits the run was made with, from its stored scenario text (the defaults if
    /// that no longer parses: a run stored by an older simctl).
    var streamLimits: StreamLimits {
        switch ScenarioLoader.parse(text: run.scenarioText, origin: "stored scenario") {
        case .success(let loaded): loaded.spec.stream.limits
        case .failure: StreamSpec(shards: 1).limits
        }
    }
}
