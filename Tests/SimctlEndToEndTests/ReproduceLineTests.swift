import Foundation
import Testing

/// The summary's `reproduce:` line, pasted into a shell, runs the same run again: it carries
/// every override and quotes a path the shell would split or interpret.
@Suite struct ReproduceLineTests {
    @Test func aPlainPathStaysUnquotedAndTheDurationIsKept() throws {
        try withTemporaryDirectory { dir in
            let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--duration", "10s",
                                          "--db", dir.appendingPathComponent("r.sqlite").path])
            #expect(outcome.stdout.contains("reproduce: simctl run scenarios/smoke.json --seed 7 --duration 10s\n"),
                    "stdout:\n\(outcome.stdout)")
        }
    }

    @Test func theLinePastedIntoAShellReproducesTheRun() throws {
        try withTemporaryDirectory { dir in
            let scenario = dir.appendingPathComponent("my scen; rm -rf x.json").path
            try FileManager.default.copyItem(atPath: Simctl.packageRoot.path + "/scenarios/smoke.json", toPath: scenario)
            let database = dir.appendingPathComponent("r.sqlite").path
            let original = try Simctl.run(["run", scenario, "--seed", "11", "--duration", "20s", "--db", database])
            #expect(original.status == 0, "\(original.summary)")
            let reproduce = try #require(line(original.stdout, after: "reproduce: "))
            #expect(reproduce == "simctl run '\(scenario)' --seed 11 --duration 20s")
            let again = try Simctl.run(["--db", database],
                                       launcher: ["/bin/sh", "-c", "simctl() { \"$0\" \"$@\"; }; " + reproduce + " \"$@\""])
            #expect(again.status == 0, "\(again.summary)")
            #expect(line(again.stdout, after: "digest:") == line(original.stdout, after: "digest:"))
        }
    }

    func line(_ text: String, after prefix: String) -> String? {
        text.split(separator: "\n").first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }
}
