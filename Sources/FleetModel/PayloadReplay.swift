import SimKernel
import Telemetry

/// Rebuilds the full JSON payload of any reading the fleet emitted, for what leaves the
/// simulation as data (the sink's files). The simulated world carries a reading's fields, not
/// its payload; a device's readings depend only on its own seed and emission times, so replaying
/// the device from its seed with the fleet's own models (`DeviceModels`) gives them back exactly.
///
/// Each device keeps a cursor, so asking for a device's readings in sequence order costs one
/// reading each; asking for an earlier one replays the device from its start.
/// Memory: one device state per device asked about.
public struct PayloadReplay: Sendable {
    let models: DeviceModels
    /// The first global device index of each group.
    let groupStarts: [UInt32]
    /// Per device index: its replayed state, positioned before its next reading.
    var devices: [Device?]
    /// The gateways' clocks, which stamp the payload's `ts`.
    let clocks: GatewayClocks

    public init(config: FleetConfig) {
        models = DeviceModels(config: config)
        var starts: [UInt32] = []
        var next: UInt32 = 0
        for group in config.groups {
            starts.append(next)
            next += UInt32(group.count)
        }
        groupStarts = starts
        devices = Array(repeating: nil, count: config.deviceCount)
        clocks = config.clocks
    }

    /// The payload of reading `id`.
    /// - Precondition: the fleet emitted it (its device exists).
    public mutating func payload(of id: ReadingID) -> Payload {
        let index = Int(id.device)
        modelPrecondition(index < devices.count, "reading \(id.rawValue) names device \(id.device) of \(devices.count)")
        var device = devices[index].flatMap { $0.sequence <= id.sequence ? $0 : nil } ?? fresh(id.device)
        devices[index] = nil
        var payload: Payload
        repeat {
            payload = models.sources[device.group].nextPayload(device: device.index, at: device.nextEmission,
                                                               state: &device.state, random: &device.random).payload
            models.moveOn(&device)
        } while device.sequence <= id.sequence
        devices[index] = device
        payload.epochMillis += clocks.skewMilliseconds(gateway: Int(device.gateway))
        return payload
    }

    /// Device `index` as the fleet made it, before its first reading.
    func fresh(_ index: UInt32) -> Device {
        let group = groupStarts.lastIndex { $0 <= index } ?? 0
        return models.makeDevice(index: index, group: group)
    }
}
