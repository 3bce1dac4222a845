import Foundation
import Testing
@testable import Scenario

/// Issue 8, defect 14: every kind of bad input gets a message that names it and says what is
/// allowed, not a misleading system error.
@Suite struct InputMessageTests {
    static func loadProblems(_ path: String) -> [String] {
        switch ScenarioLoader.load(path: path) {
        case .success: return []
        case .failure(let errors): return errors.problems.map(\.description)
        }
    }

    @Test func aDirectoryIsNamedAsOne() {
        let directory = FileManager.default.temporaryDirectory.path
        #expect(Self.loadProblems(directory) == [
            "$: cannot read \(directory): it is a directory (allowed: a scenario file, a FIFO or a pipe holding JSON)",
        ])
    }

    @Test func devNullIsReadAndIsEmpty() {
        #expect(Self.loadProblems("/dev/null") == ["$: /dev/null is empty (allowed: a scenario, one JSON object)"])
    }

    @Test func aMissingFileSaysSo() {
        #expect(Self.loadProblems("/nonexistent/x.json") == ["$: cannot read /nonexistent/x.json: no such file or directory"])
    }

    /// A FIFO (as `<(jq …)` gives) is read to its end like a file.
    @Test func aFIFOIsReadToItsEnd() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-fifo-\(getpid())").path
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        let text = ScenarioText().text
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: path)
            handle?.write(Data(text.utf8))
            try? handle?.close()
        }
        writer.start()
        #expect(Self.loadProblems(path) == [])
    }

    @Test func aDurationTooLargeForNanosecondsIsOutOfRange() {
        #expect(problems(ScenarioText.device(#""interval": "99999999h""#)) == [
            #"fleet.devices[0].interval: "99999999h" is out of range (allowed: 1ms to 1d)"#,
        ])
        #expect(problems(ScenarioText.device(#""interval": "99999999999999999999999s""#)) == [
            #"fleet.devices[0].interval: "99999999999999999999999s" is out of range (allowed: 1ms to 1d)"#,
        ])
        #expect(problems(ScenarioText.device(#""interval": "5 parsecs""#)) == [
            #"fleet.devices[0].interval: "5 parsecs" is not a duration (examples: "100ms", "5s", "1h")"#,
        ])
    }

    @Test func durationOnTheCommandLineTellsMalformedFromTooLarge() throws {
        #expect(throws: ScenarioErrors(problems: [ScenarioProblem(path: "duration", message: #"--duration "99999999h" is out of range (allowed: 1ms to 30d)"#)])) {
            try CommandLineValues.duration("99999999h")
        }
        #expect(throws: ScenarioErrors(problems: [ScenarioProblem(path: "duration", message: #"--duration "5 parsecs" is not a duration (examples: "100ms", "5s", "1h")"#)])) {
            try CommandLineValues.duration("5 parsecs")
        }
        #expect(try CommandLineValues.duration("1h30m") == .minutes(90))
    }

    @Test func seedsOnTheCommandLineAreDigitsOnly() {
        #expect(CommandLineValues.seed("18446744073709551615") == .max)
        for text in ["-1", "+1", "18446744073709551616", "0x10", ""] { #expect(CommandLineValues.seed(text) == nil, "\(text)") }
    }

    /// An unknown key is cut in the path as values are cut in messages: a key of megabytes (30 MB in issue 8) is not echoed.
    @Test func aHugeUnknownKeyIsCut() {
        for key in [String(repeating: "a", count: 3_000_000), String(repeating: "a b", count: 1_000)] {
            var scenario = ScenarioText()
            scenario.extra = ", \(JSONValue.quoted(key)): 1"
            let found = problems(scenario)
            #expect(found.count == 1 && found[0].count < 400, "\(found.first?.prefix(200) ?? "")")
            #expect(found.first?.hasPrefix("[\"" + key.prefix(59) + "…]: unknown field") == true)
        }
    }
}
