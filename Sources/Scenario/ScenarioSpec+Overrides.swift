import SimKernel

extension ScenarioSpec {
    /// The spec with the command line's `--seed` and `--duration` applied (nil = keep the file's).
    ///
    /// A new duration is checked against the same rule as the file's: its range.
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
        if let problem = spec.startTimeProblem() {
            throw ScenarioErrors(problems: [ScenarioProblem(path: "startTime", message: "with --duration \(duration): \(problem)")])
        }
        return spec
    }
}
