import FleetModel

/// `fleet.partitionKey` as written in a scenario.
extension PartitionKeyMode {
    /// Kinesis partition keys are 1–256 characters (H1).
    public static let keyLengths = 1...256

    /// At most this many zipf keys: the fleet keeps each one's hash key and weight.
    public static let zipfKeyCounts = 1...1_000_000
    /// Zipf exponents `s` allowed: from nearly uniform to nearly one key.
    public static let zipfExponents = 0.01...10.0

    /// Parses `"device"`, `"gateway"`, `"random"`, `"timestamp-ms"` or `"constant:<key>"`; nil otherwise.
    public init?(parsing text: String) {
        switch text {
        case "device": self = .device
        case "gateway": self = .gateway
        case "random": self = .random
        case "timestamp-ms": self = .timestampMillis
        default:
            guard text.hasPrefix("constant:") else { return nil }
            self = .constant(String(text.dropFirst("constant:".count)))
        }
    }
}
