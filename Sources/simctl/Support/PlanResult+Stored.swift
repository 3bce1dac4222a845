import Foundation
import Planning
import Reporting
import ResultStore
import Scenario

extension PlanResult {
    /// The plan as the store keeps it: its document as JSON, the scenario it planned.
    func stored(_ loaded: LoadedScenario) -> StoredPlan {
        StoredPlan(scenarioName: loaded.spec.name, scenarioSHA256: loaded.sha256,
                   createdAt: ISO8601DateFormatter().string(from: Date()), simctlVersion: BuildInfo.version,
                   recommendation: recommendation, document: PlanJSON.render(document))
    }
}
