import SimKernel

/// Scenario value formats, for command-line options that override scenario fields.
public enum CommandLineValues {
    /// A duration in the scenario format (`"90s"`, `"1h30m"`), or nil.
    public static func duration(_ text: String) -> SimDuration? { DurationFormat.parse(text) }
}
