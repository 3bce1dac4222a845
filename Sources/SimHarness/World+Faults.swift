import Scenario
import SimKernel

/// Scheduled faults as the world applies them. Only fault types the scenario decoder accepts
/// reach a run; meeting any other here is a programmer error.
extension World {
    mutating func begin(fault index: Int) {
        switch faults[index].action {
        case .internalFailure(let rate, _):
            host.stream.internalFailures!.begin(fault: index, rate: rate)
        case .trafficBurst:
            break  // The fleet's emission schedule carries its bursts (`FleetConfig`).
        default:
            modelPreconditionFailure("fault \(index) (\(faults[index].action.type.rawValue)) passed validation unsupported")
        }
    }

    mutating func end(fault index: Int) {
        switch faults[index].action {
        case .internalFailure:
            host.stream.internalFailures!.end(fault: index)
        case .trafficBurst:
            break
        default:
            modelPreconditionFailure("fault \(index) (\(faults[index].action.type.rawValue)) passed validation unsupported")
        }
    }
}
