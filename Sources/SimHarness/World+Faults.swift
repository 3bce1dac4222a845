import Scenario
import SimKernel

/// Scheduled faults as the world applies them. Only fault types the scenario decoder accepts
/// reach a run; meeting any other here is a programmer error.
extension World {
    mutating func begin(fault index: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        switch faults[index].action {
        case .internalFailure(let rate, _):
            host.stream.internalFailures!.begin(fault: index, rate: rate)
        case .trafficBurst, .latencySpike:
            break  // The fleet carries its bursts and spikes (`FleetConfig`).
        case .consumerCrash(let consumer, let worker, let duration):
            apps.send(.crash(worker: worker, until: now + duration), to: consumerIndex[consumer]!, now: now, host: &host, queue: &queue)
        case .gatewayOffline(let gateways, _):
            for gateway in gateways.resolved(count: fleet.config.gateways) {
                for sender in fleet.senders(of: gateway) { fleet.goOffline(gateway: sender) }
            }
        default:
            modelPreconditionFailure("fault \(index) (\(faults[index].action.type.rawValue)) passed validation unsupported")
        }
    }

    mutating func end(fault index: Int, now: SimTime, queue: inout EventQueue<WorldEvent>) {
        switch faults[index].action {
        case .internalFailure:
            host.stream.internalFailures!.end(fault: index)
        case .gatewayOffline(let gateways, _):
            for gateway in gateways.resolved(count: fleet.config.gateways) {
                for sender in fleet.senders(of: gateway) {
                    // In single put mode the sender's one call drains its queue.
                    guard let drainAt = fleet.goOnline(gateway: sender, now: now) else { continue }
                    let event = fleet.putMode(gateway: sender) == .single ? WorldEvent.gatewaySend(gateway: Int32(sender))
                        : .offlineDrain(gateway: Int32(sender))
                    queue.schedule(event, at: drainAt)
                }
            }
        case .trafficBurst, .latencySpike, .consumerCrash:
            break  // A crashed worker restarts by itself (its restart was scheduled with the crash).
        default:
            modelPreconditionFailure("fault \(index) (\(faults[index].action.type.rawValue)) passed validation unsupported")
        }
    }
}
