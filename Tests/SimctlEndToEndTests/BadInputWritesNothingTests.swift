import Foundation
import Testing

/// Bad input stops `simctl run` with exit 65 before anything runs or is written.
@Suite struct BadInputWritesNothingTests {
    @Test func invalidScenarioCreatesNoDatabase() throws {
        try withTemporaryDirectory { dir in
            let broken = try BrokenScenario.write(in: dir)
            let database = dir.appendingPathComponent("x.sqlite")
            let outcome = try Simctl.run(["run", broken.path, "--db", database.path])
            #expect(outcome.status == 65, "\(outcome.summary)")
            #expect(BrokenScenario.unreported(in: outcome.stderr) == [], "stderr:\n\(outcome.stderr)")
            #expect(outcome.stdout.isEmpty, "stdout:\n\(outcome.stdout)")
            let created = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("x.sqlite") }
            #expect(created == [], "files created by a rejected run")
        }
    }

    @Test(arguments: [
        ["BROKEN", "--db", "DB"],
        ["scenarios/smoke.json", "--duration", "5 parsecs", "--db", "DB"],
    ])
    func existingDatabaseIsUntouched(_ template: [String]) throws {
        try withTemporaryDirectory { dir in
            let broken = try BrokenScenario.write(in: dir)
            let database = dir.appendingPathComponent("existing.sqlite")
            let before = Data("an existing database file, which a rejected run must not open or change".utf8)
            try before.write(to: database)
            let arguments = template.map { $0 == "BROKEN" ? broken.path : $0 == "DB" ? database.path : $0 }
            let outcome = try Simctl.run(["run"] + arguments)
            #expect(outcome.status == 65, "\(outcome.summary)")
            #expect(try Data(contentsOf: database) == before)
        }
    }
}
