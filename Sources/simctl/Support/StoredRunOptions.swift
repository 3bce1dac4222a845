import ArgumentParser

/// The options of every command that renders stored runs (`report`, `compare`): where the runs
/// are stored and where the rendering goes.
struct StoredRunOptions: ParsableArguments {
    @Option(help: "Write the output to this file instead of stdout.")
    var out: String?

    @Option(help: "SQLite file the runs are stored in.")
    var db = "reports/simctl.sqlite"
}
