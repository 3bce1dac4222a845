import Foundation
@testable import Scenario
import SimHarness
import SimKernel
import SimTestSupport
import Testing

/// Issue 8: every scenario that validates must run. Hundreds of generated valid scenarios, each
/// using most supported fields, are validated (a problem means the generator is wrong) and run
/// through the harness; a trap would end the test process, so the seed and text of the scenario
/// running are written to stderr by a signal handler first.
@Suite struct ValidScenarioRunTests {
    static let seeds: Range<UInt64> = 0..<300

    /// Where `startTime` sits: unset, at either end of the range the run allows, or ordinary dates.
    enum StartCorner: CaseIterable {
        case unset, earliest, latest, epoch, leapDay

        func text(for spec: ScenarioSpec) -> String? {
            switch self {
            case .unset: return nil
            case .earliest: return StartTime.text(epochMilliseconds: spec.startTimeRange.lowerBound)
            case .latest: return StartTime.text(epochMilliseconds: spec.startTimeRange.upperBound)
            case .epoch: return "1970-01-01T00:00:00Z"
            case .leapDay: return "2024-02-29T23:59:59.999Z"
            }
        }
    }

    /// The scenario of `seed`, its start time placed after a first parse has found its range.
    static func scenario(seed: UInt64) throws -> (text: String, spec: ScenarioSpec) {
        var generator = ValidScenarioGenerator(seed: seed)
        let unstarted = generator.text(startTime: nil)
        let corner = StartCorner.allCases[Int(seed % UInt64(StartCorner.allCases.count))]
        let first = try ScenarioLoader.parse(text: unstarted, origin: "seed \(seed)").get()
        guard let start = corner.text(for: first.spec) else { return (unstarted, first.spec) }
        let text = unstarted.replacingOccurrences(of: #""version": 1"#, with: #""version": 1, "startTime": "\#(start)""#)
        return (text, try ScenarioLoader.parse(text: text, origin: "seed \(seed)").get().spec)
    }

    @Test func everyGeneratedScenarioValidatesAndRuns() {
        TrapReport.install()
        for seed in Self.seeds {
            let scenario: (text: String, spec: ScenarioSpec)
            do {
                scenario = try Self.scenario(seed: seed)
            } catch {
                Issue.record("seed \(seed) generated an invalid scenario (the generator is wrong): \(error)")
                continue
            }
            TrapReport.running("valid-scenario seed \(seed)", scenario.text)
            var runner = Runner(config: WorldConfig(scenario: scenario.spec))
            let result = runner.runToEnd()
            let metrics = result.metrics
            // Readings, not Kinesis records: a KPL record holds several.
            #expect(result.fleet.emitted == metrics.readingsAccepted - metrics.duplicates + result.fleet.dropped + result.inFlight,
                    "seed \(seed): readings unaccounted for\n\(scenario.text)")
            // The bounds an early stop relies on (DecidedFailure): no run emits more, or attempts
            // more puts than its producer's attempt limit allows (the KPL has none: it retries
            // until the TTL).
            let fleet = WorldConfig(scenario: scenario.spec).fleet
            #expect(result.fleet.emitted <= fleet.emissionCeiling, "seed \(seed): emitted above the ceiling\n\(scenario.text)")
            if !result.usedKPL {
                #expect(metrics.putEntries <= fleet.emissionCeiling * UInt64(fleet.retry.maxAttempts),
                        "seed \(seed): more put attempts than the ceiling allows\n\(scenario.text)")
            }
        }
        TrapReport.running(nil, "")
    }
}

/// Says which generated scenario was running when the process traps (SIGILL / SIGTRAP).
enum TrapReport {
    nonisolated(unsafe) static var message: [UInt8] = []

    static func running(_ label: String?, _ text: String) {
        message = label.map { Array("\n\($0) trapped; scenario:\n\(text)\n".utf8) } ?? []
    }

    static func install() {
        for signalNumber in [SIGILL, SIGTRAP] {
            signal(signalNumber) { signalNumber in
                TrapReport.message.withUnsafeBufferPointer { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
                signal(signalNumber, SIG_DFL)
                raise(signalNumber)
            }
        }
    }
}
