import ArgumentParser

/// The `simctl` command line: one subcommand per file in `Commands/`, no simulation logic here.
@main
struct Simctl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simctl",
        abstract: "Deterministic simulator and load-test harness for Kinesis-style IoT streaming pipelines.",
        discussion: """
        Describe a fleet, a stream and its consumers in a scenario file (see scenarios/ and the README), then:
          simctl validate scenarios/smoke.json     check a scenario without running it
          simctl sample scenarios/smoke.json       print the records its fleet would put
          simctl run scenarios/10k-devices.json    simulate it and print the summary
        The same scenario and seed always give the same results and the same digest.
        """,
        version: BuildInfo.version,
        subcommands: [RunCommand.self, ValidateCommand.self, SampleCommand.self, RunsCommand.self, ReportCommand.self, CompareCommand.self, PlanCommand.self, BaselineCommand.self, GateCommand.self, BenchCommand.self])
}
