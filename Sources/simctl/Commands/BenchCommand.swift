import ArgumentParser
import CJemalloc
import Foundation
import Reporting
import Scenario
import SimHarness
import SimKernel

/// `simctl bench`: run a scenario for its speed and print the figures `make bench` reports.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run a scenario and report wall time, records and events per wall second, and peak memory.",
        discussion: "Nothing is stored in the database. Build in release mode for meaningful figures (make bench).")

    @Argument(help: "The scenario file.")
    var scenario: String

    @Option(help: "Write the figures as JSON to this file.")
    var out: String?

    func run() throws {
        try CommandFailure.guarding(measure)
    }

    func measure() throws {
        let loaded = try ScenarioInput.load(scenario)
        let report = RunExecution(showProgress: false, auditEvery: nil).run(loaded)
        var figures = JSONTree.object([:])
        let accepted = Double(report.result.metrics.accepted)
        let values: [(String, JSONTree)] = [
            ("scenario", .string(loaded.spec.name)),
            ("digest", .string(report.result.digest)),
            ("wall_seconds", .number(report.wallSeconds)),
            ("simulated_seconds", .number((report.result.duration + report.result.drain).seconds)),
            ("records", .integer(Int64(report.result.metrics.accepted))),
            ("records_per_wall_second", .number(accepted / report.wallSeconds)),
            ("events", .integer(Int64(report.result.events))),
            ("events_per_wall_second", .number(Double(report.result.events) / report.wallSeconds)),
            ("peak_rss_bytes", .integer(Self.peakResidentBytes())),
            ("allocator", .string(Self.allocator())),
        ]
        for (key, value) in values { figures.set([key], value) }
        let text = figures.rendered()
        print(text, terminator: "")
        if let out {
            try UnwritableOutput.attempt("--out", out) { try text.write(toFile: out, atomically: true, encoding: .utf8) }
        }
    }

    /// Peak resident set size of this process (`ru_maxrss` is in KiB on Linux).
    static func peakResidentBytes() -> Int64 {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int64(usage.ru_maxrss) * 1024
    }

    /// The malloc in use: jemalloc's version string when it is linked, as it should be.
    static func allocator() -> String {
        var version: UnsafePointer<CChar>?
        var size = MemoryLayout<UnsafePointer<CChar>?>.size
        guard mallctl("version", &version, &size, nil, 0) == 0, let version else { return "system malloc" }
        return "jemalloc " + String(cString: version)
    }
}
