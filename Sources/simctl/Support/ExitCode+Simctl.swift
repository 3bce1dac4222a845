import ArgumentParser

/// Exit codes of `cli-and-results-v1.md`.
extension ExitCode {
    /// 65: the scenario file is malformed or invalid.
    static let badInput = ExitCode(65)
    /// 70: a bug in simctl.
    static let internalError = ExitCode(70)
}
