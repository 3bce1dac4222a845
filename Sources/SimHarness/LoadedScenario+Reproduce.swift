import Scenario

extension LoadedScenario {
    /// The command that runs this scenario again with the same seed and every command-line
    /// override, the scenario path quoted for the shell only when it needs it:
    /// `simctl run scenarios/10k-devices.json --seed 42`.
    ///
    /// Known before the run starts, so a run stopped by an internal error can print it too.
    public var reproduceCommand: String {
        var words = ["simctl", "run", ShellWord.quoted(origin), "--seed", "\(spec.seed)"]
        if let durationOverride { words += ["--duration", "\(durationOverride)"] }
        return words.joined(separator: " ")
    }
}
