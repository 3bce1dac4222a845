import SimKernel

extension ScenarioSpec {
    /// The spec with the command line's `--seed` and `--duration` applied (nil = keep the file's).
    ///
    /// A new duration is checked against the same rules as the file's: its range, and the rules
    /// that depend on the run's length (the `startTime` range, room for split-shard faults).
    public func withOverrides(seed: UInt64?, duration: SimDuration?) throws(ScenarioErrors) -> ScenarioSpec {
        var spec = self
        spec.seed = seed ?? spec.seed
        guard let duration else { return spec }
        guard Self.durationRange.contains(duration) else {
            let allowed = "\(Self.durationRange.lowerBound) to \(Self.durationRange.upperBound)"
            throw ScenarioErrors(problems: [ScenarioProblem(path: "duration",
                                                            message: "--duration \(duration) is out of range (allowed: \(allowed))")])
        }
        spec.duration = duration
        var problems = spec.splitFaultProblems().map { ScenarioProblem(path: "faults[\($0.fault)].type", message: $0.message) }
        if let problem = spec.startTimeProblem() { problems.insert(ScenarioProblem(path: "startTime", message: problem), at: 0) }
        guard problems.isEmpty else {
            throw ScenarioErrors(problems: problems.map { ScenarioProblem(path: $0.path, message: "with --duration \(duration): \($0.message)") })
        }
        return spec
    }
}
