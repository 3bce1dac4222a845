/// How a gateway chooses each record's partition key (`fleet.partitionKey`).
public enum PartitionKeySpec: Equatable, Sendable, CustomStringConvertible {
    /// The device id: per-device order is kept and load spreads evenly.
    case device
    /// The gateway id: one hot key per gateway.
    case gateway
    /// A fresh key per record: even load, no per-device order.
    case random
    /// Every record the same key: the classic single-key example, one hot shard.
    case constant(String)

    /// Kinesis partition keys are 1–256 characters (H1).
    public static let keyLengths = 1...256

    /// Parses `"device"`, `"gateway"`, `"random"` or `"constant:<key>"`; nil otherwise.
    public init?(parsing text: String) {
        switch text {
        case "device": self = .device
        case "gateway": self = .gateway
        case "random": self = .random
        default:
            guard text.hasPrefix("constant:") else { return nil }
            self = .constant(String(text.dropFirst("constant:".count)))
        }
    }

    public var description: String {
        switch self {
        case .device: return "device"
        case .gateway: return "gateway"
        case .random: return "random"
        case .constant(let key): return "constant:" + key
        }
    }
}
