import ArgumentParser
import Foundation
import Scenario

/// Holds a run to the machine's physical memory: the scenario's memory estimate is compared with
/// it before anything runs; a run that cannot fit is refused (exit 65) rather than killed after
/// minutes, and one that takes more than half of it is warned about on stderr.
enum MachineMemory {
    static var physicalBytes: Double { Double(ProcessInfo.processInfo.physicalMemory) }

    static func admit(_ spec: ScenarioSpec, file: String) throws {
        let estimate = spec.memoryEstimate
        let machine = MemoryEstimate.describe(physicalBytes)
        switch estimate.fit(physicalBytes: physicalBytes) {
        case .fits:
            return
        case .close(let fraction):
            let percent = Int((fraction * 100).rounded())
            CommandFailure.complain("warning: \(file) needs an estimated \(estimate.text) of memory, \(percent)% of this machine's \(machine)")
        case .tooLarge:
            let largest = estimate.largestPart
            let message = "the run needs an estimated \(estimate.text) of memory (most of it \(largest.name), "
                + "\(MemoryEstimate.describe(largest.bytes))) but this machine has \(machine) "
                + "(allowed: an estimate up to the machine's memory; see README, Scenario files › Memory)"
            ScenarioInput.report(ScenarioErrors(problems: [ScenarioProblem(path: ScenarioProblem.rootPath, message: message)]), file: file)
            throw ExitCode.badInput
        }
    }
}
