import SimKernel

extension ScenarioSpec {
    /// The spec with the command line's `--seed` and `--duration` applied (nil = keep the file's).
    ///
    /// A new duration is checked against the same rules as the file's: its range, and that
    /// retention still covers duration + drain.
    public func withOverrides(seed: UInt64?, duration: SimDuration?) throws(ScenarioErrors) -> ScenarioSpec {
        var spec = self
        spec.seed = seed ?? spec.seed
        guard let duration else { return spec }
        var problems: [ScenarioProblem] = []
        if !Self.durationRange.contains(duration) {
            let allowed = "\(Self.durationRange.lowerBound) to \(Self.durationRange.upperBound)"
            problems.append(ScenarioProblem(path: "duration", message: "--duration \(duration) is out of range (allowed: \(allowed))"))
        }
        if let message = StreamSpec.retentionProblem(stream.retention, runLength: duration + drain) {
            problems.append(ScenarioProblem(path: "stream.retention", message: message + " with --duration \(duration)"))
        }
        guard problems.isEmpty else { throw ScenarioErrors(problems: problems) }
        spec.duration = duration
        return spec
    }
}
