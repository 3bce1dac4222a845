import Foundation
import SimTestSupport
import Testing

/// Issue 8 through the built binary: scenarios that validate run to a verdict (exit 0–3, never
/// 70); bad input of every kind gets a message that says what it is and what is allowed.
@Suite struct InputDefectTests {
    /// A sample of the generated valid scenarios that `SimHarnessTests` run in process.
    @Test(arguments: [3, 41, 97, 150, 222] as [UInt64])
    func generatedScenariosRunToAVerdict(seed: UInt64) throws {
        try withTemporaryDirectory { dir in
            var generator = ValidScenarioGenerator(seed: seed)
            let file = dir.appendingPathComponent("generated-\(seed).json")
            try Data(generator.text(startTime: nil).utf8).write(to: file)
            let outcome = try Simctl.run(["run", file.path, "--quiet", "--db", dir.appendingPathComponent("runs.sqlite").path])
            #expect((0...3).contains(outcome.status), "seed \(seed): \(outcome.summary)")
        }
    }

    /// The extreme corners of issue 8: a start time at the top of its range with a day-long
    /// window, and a consumer limit equal to the stream's GetRecords maximum.
    @Test func cornerScenarioRunsToAVerdict() throws {
        try withTemporaryDirectory { dir in
            let text = #"""
            {"version": 1, "name": "corner", "duration": "10s", "drain": "10s", "startTime": "2262-04-10T23:46:51.854Z",
             "fleet": {"gateways": 1, "devices": [{"kind": "weather", "count": 5, "interval": "1s"}]},
             "stream": {"shards": 1, "limits": {"getRecordsMaxRecords": 100}},
             "consumers": [{"name": "c", "limit": 100, "analytics": [{"type": "tumbling", "size": "1d", "watermarkLag": "0s"}]}]}
            """#
            let file = dir.appendingPathComponent("corner.json")
            try Data(text.utf8).write(to: file)
            let validated = try Simctl.run(["validate", file.path])
            #expect(validated.status == 0, "\(validated.summary)")
            let outcome = try Simctl.run(["run", file.path, "--quiet", "--db", dir.appendingPathComponent("runs.sqlite").path])
            #expect((0...3).contains(outcome.status), "\(outcome.summary)")
        }
    }

    @Test func validatePrintsTheMemoryEstimate() throws {
        let outcome = try Simctl.run(["validate", "scenarios/smoke.json"])
        #expect(outcome.status == 0 && outcome.stdout.hasPrefix("scenarios/smoke.json: ok (estimated peak memory "), "\(outcome.stdout)")
    }

    /// 10^7 devices and 20 consumers on 10,000 shards for 30 days: refused before anything runs.
    @Test func aRunThatCannotFitInMemoryIsRefused() throws {
        try withTemporaryDirectory { dir in
            let consumers = (0..<20).map { #"{"name": "c\#($0)", "analytics": [{"type": "tumbling", "size": "1s", "groupBy": "device"}]}"# }
            let text = #"""
            {"version": 1, "name": "huge", "duration": "30d",
             "fleet": {"gateways": 1000, "devices": [{"kind": "temperature", "count": 10000000}]},
             "stream": {"shards": 10000}, "consumers": [\#(consumers.joined(separator: ", "))]}
            """#
            let file = dir.appendingPathComponent("huge.json")
            try Data(text.utf8).write(to: file)
            let database = dir.appendingPathComponent("runs.sqlite")
            let outcome = try Simctl.run(["run", file.path, "--db", database.path])
            #expect(outcome.status == 65, "\(outcome.summary)")
            #expect(outcome.stderr.contains("$: the run needs an estimated ") && outcome.stderr.contains("but this machine has"),
                    "\(outcome.stderr)")
            #expect(!FileManager.default.fileExists(atPath: database.path))
        }
    }

    @Test func aNegativeSeedIsRefusedAsASeed() throws {
        let outcome = try Simctl.run(["run", "scenarios/smoke.json", "--seed", "-1", "--db", "/dev/null/never.sqlite"])
        #expect(outcome.status == 64, "\(outcome.summary)")
        #expect(outcome.stderr.contains("a seed is a whole number from 0 to 18446744073709551615"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("Missing value"))
    }

    @Test(arguments: [
        (["validate", "/tmp"], "$: cannot read /tmp: it is a directory"),
        (["validate", "/dev/null"], "$: /dev/null is empty"),
        (["run", "scenarios/smoke.json", "--duration", "99999999h", "--db", "/dev/null/never.sqlite"],
         #"duration: --duration "99999999h" is out of range (allowed: 1ms to 30d)"#),
    ])
    func badInputSaysWhatItIs(_ arguments: [String], _ message: String) throws {
        let outcome = try Simctl.run(arguments)
        #expect(outcome.status == 65, "\(outcome.summary)")
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
    }
}
