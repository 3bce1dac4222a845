import StreamModel
import Telemetry
import SimKernel

/// The key a window's records are grouped by, each mapped to a dense group id.
///
/// Dense ids let each window keep its accumulators in an array instead of a dictionary, which
/// keeps the hot path allocation-free and the output order independent of hashing.
public enum WindowGrouping: String, CaseIterable, Sendable {
    /// `DeviceKind.rawValue`.
    case kind
    /// The emitting device's index.
    case device
    /// The gateway's index.
    case gateway
    /// The index of the shard the record was read from.
    case shard

    /// The dense group id of a record read from `shard`.
    @inline(__always)
    func groupID(of reading: Reading, shard: Int) -> UInt32 {
        switch self {
        case .kind: return UInt32(reading.kind.rawValue)
        case .device: return reading.device
        case .gateway: return reading.gateway
        case .shard: return UInt32(shard)
        }
    }
}

/// The label the result store writes for `group`: the kind's scenario name, the device index,
/// the gateway id (`gw-0007`) or the shard id (`shardId-000000000000`).
///
/// - Precondition: for `.kind`, `group` is a `DeviceKind.rawValue`.
public func groupLabel(_ group: UInt32, by grouping: WindowGrouping) -> String {
    switch grouping {
    case .kind:
        guard let kind = UInt8(exactly: group).flatMap(DeviceKind.init(rawValue:)) else {
            modelPreconditionFailure("group \(group) is not a device kind")
        }
        return kind.description
    case .device: return String(group)
    case .gateway: return DeviceIdentity.gatewayID(index: group)
    case .shard: return Shard<Never>.id(index: Int(group))
    }
}
