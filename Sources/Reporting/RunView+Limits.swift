import Scenario

extension RunView {
    /// A shard's write limits and the throttling model that enforced them, from the run's stored
    /// scenario text (the defaults if that no longer parses: a run stored by an older simctl).
    var writeLimits: (recordsPerSecond: Double, bytesPerSecond: Double, throttling: String) {
        let limits = switch ScenarioLoader.parse(text: run.scenarioText, origin: "stored scenario") {
        case .success(let loaded): loaded.spec.stream.limits
        case .failure: StreamSpec(shards: 1).limits
        }
        return (Double(limits.writeRecordsPerSecond), Double(limits.writeBytesPerSecond), limits.writeThrottling.rawValue)
    }
}
