import FleetModel

/// `fleet.partitionKey` as written in a scenario.
extension PartitionKeyMode {
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
}
