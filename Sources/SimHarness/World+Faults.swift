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
            for gateway in gateways.resolved(count: fleet.config.gateways) { fleet.goOffline(gateway: gateway) }
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
                // In single put mode the gateway's one call drains its queue.
                if let drainAt = fleet.goOnline(gateway: gateway, now: now) {
                    let event = fleet.config.putMode == .single ? WorldEvent.gatewaySend(gateway: Int32(gateway))
                        : .offlineDrain(gateway: Int32(gateway))
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
