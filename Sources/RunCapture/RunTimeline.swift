import ResultStore
import Scenario
import SimHarness
import SimKernel

/// A run's timeline for reports: the scenario's lasting faults, the stream operations and what
/// became of them, and the capacity policies' decisions, ordered by time (ties keep that order).
enum RunTimeline {
    static func events(of result: RunResult, faults: [FaultSpec]) -> [StoredEvent] {
        let lasting = faults.compactMap { fault -> StoredEvent? in
            guard let duration = fault.action.duration else { return nil }
            return StoredEvent(atS: fault.at.seconds, endS: (fault.at + duration).seconds, kind: .fault,
                               description: description(of: fault.action))
        }
        let policy = result.scalingDecisions.map {
            StoredEvent(atS: ($0.at - .zero).seconds, kind: .policy, description: $0.description)
        }
        // A call spans its UPDATING time, from the call to its new shards taking writes.
        let operations = result.reshards.map { record in
            let end = record.completedAt.flatMap { $0 > record.at ? ($0 - .zero).seconds : nil }
            return StoredEvent(atS: (record.at - .zero).seconds, endS: end, kind: record.refusal == nil ? .reshard : .refused,
                               description: record.description)
        }
        let all = lasting + policy + operations
        return all.indices.sorted { (all[$0].atS, $0) < (all[$1].atS, $1) }.map { all[$0] }
    }

    /// The fault as the scenario names it, with what it does.
    static func description(of action: FaultAction) -> String {
        let name = action.type.rawValue
        switch action {
        case .trafficBurst(let multiplier, _, let kinds):
            let scope = kinds.isEmpty ? "all kinds" : kinds.map { "\($0)" }.joined(separator: ", ")
            return "\(name) ×\(multiplier.plainText) (\(scope))"
        case .internalFailure(let rate, _):
            return "\(name) rate \(rate.plainText)"
        default:
            return name
        }
    }
}
