import Foundation
import Testing

/// `simctl validate`: "ok" per valid file, every problem with its JSON path, exit 65 on any.
@Suite struct ValidateCommandTests {
    static let shippedScenarios = ["scenarios/smoke.json", "scenarios/10k-devices.json", "scenarios/hot-shard-throttling.json",
                                   "scenarios/ordered-single-puts.json", "scenarios/weather-service.json",
                                   "scenarios/regional-outage.json", "scenarios/cpu-gateway.json", "scenarios/asset-tracker.json",
                                   "scenarios/fleet-outage-10x.json", "scenarios/sleep-tracker-fleet.json"]

    @Test func shippedScenariosAreValid() throws {
        let outcome = try Simctl.run(["validate"] + Self.shippedScenarios)
        #expect(outcome.status == 0, "\(outcome.summary)")
        for file in Self.shippedScenarios {
            #expect(outcome.stdout.contains("\(file): ok"), "no ok for \(file) in:\n\(outcome.stdout)")
        }
    }

    @Test func everyProblemIsReportedWithItsPath() throws {
        try withTemporaryDirectory { dir in
            let broken = try BrokenScenario.write(in: dir)
            let outcome = try Simctl.run(["validate", "scenarios/smoke.json", broken.path])
            #expect(outcome.status == 65, "\(outcome.summary)")
            #expect(BrokenScenario.unreported(in: outcome.stderr) == [], "stderr:\n\(outcome.stderr)")
            #expect(outcome.stdout.contains("scenarios/smoke.json: ok"), "a valid file beside a broken one is still ok")
            #expect(!outcome.stdout.contains("\(broken.path): ok"))
        }
    }
}
