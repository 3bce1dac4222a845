import FleetModel
import SimKernel
import Telemetry

extension FleetSpec {
    static let fields = [
        "gateways", "devices", "partitionKey", "putMode", "batching", "uplinkLatency", "retry", "rateLimit",
        "offlineQueue", "ackLossRate", "clockSkew", "producer", "kpl",
    ]
    static let maxGateways = 1_000_000
    static let maxDevices = 10_000_000

    /// Decodes `fleet`; nil only when it cannot be built (a problem is then logged).
    static func decode(_ field: Field) -> FleetSpec? {
        guard let reader = ObjectReader(field, allowed: fields) else { return nil }
        let gateways = reader.required("gateways") { $0.int(1...maxGateways) }
        let devices = reader.required("devices", decodeDevices)
        var fleet = FleetSpec(gateways: gateways ?? 1, devices: devices ?? [])
        reader.read("partitionKey", into: &fleet.partitionKey, decodePartitionKey)
        reader.read("putMode", into: &fleet.putMode) { $0.choice(PutMode.self, what: "a put mode") }
        reader.read("batching", into: &fleet.batching, BatchingConfig.decode)
        reader.read("uplinkLatency", into: &fleet.uplinkLatency) { $0.distribution(.zero ... .hours(1)) }
        reader.read("retry", into: &fleet.retry, RetryPolicy.decode)
        reader.read("rateLimit", into: &fleet.rateLimit, decodeRateLimit)
        decodeProducer(reader, into: &fleet)
        reader.read("offlineQueue", into: &fleet.offlineQueue, OfflineQueueConfig.decode)
        reader.read("ackLossRate", into: &fleet.ackLossRate) { $0.number(.rate) }
        reader.read("clockSkew", into: &fleet.clockSkew) { field -> Distribution?? in
            field.distribution(.zero ... GatewayClocks.maxSkew).map { Optional($0) }
        }
        return gateways == nil || devices == nil ? nil : fleet
    }

    /// `producer` ("sdk" or "kpl") and, for the KPL, `kpl` and `rateLimit`'s default (absent:
    /// 1.5, null: none).
    private static func decodeProducer(_ reader: ObjectReader, into fleet: inout FleetSpec) {
        var kind = "sdk"
        reader.read("producer", into: &kind) { $0.choice([("sdk", "sdk"), ("kpl", "kpl")], what: "a producer") }
        guard kind == "kpl" else {
            if reader.has("kpl") { reader.log("kpl", #"is set but fleet.producer is not "kpl" (allowed: only with "producer": "kpl")"#) }
            return
        }
        var kpl = KPLConfig()
        reader.read("kpl", into: &kpl, KPLConfig.decode)
        if !reader.has("rateLimit") { fleet.rateLimit = KPLConfig.defaultRateLimit }
        if fleet.putMode == .single {
            reader.reject("putMode", #"is "single" but the KPL always sends PutRecords (allowed: "batch" with "producer": "kpl")"#)
        }
        rejectSingleGroups(reader)
        fleet.kpl = kpl
    }

    /// Under the KPL, a device group may not ask for single puts either.
    private static func rejectSingleGroups(_ reader: ObjectReader) {
        guard let devices = reader.member("devices"), case .array(let elements) = devices.value.kind else { return }
        for (index, element) in elements.enumerated() {
            guard let putMode = devices.element(index, element).lookup("putMode"), putMode.stringValue == PutMode.single.rawValue
            else { continue }
            putMode.problem(#"\#(putMode.literal) but the KPL always sends PutRecords (allowed: "batch" with "producer": "kpl")"#)
        }
    }

    private static func decodeDevices(_ field: Field) -> [DeviceGroupConfig]? {
        guard let elements = field.array(of: "device groups", count: 1...1_000) else { return nil }
        let groups = elements.compactMap(DeviceGroupConfig.decode)
        let total = groups.reduce(0) { $0 + $1.count }
        guard total <= maxDevices else {
            return field.reject("\(total) devices in total is too many (allowed: at most \(maxDevices))")
        }
        return groups.count == elements.count ? groups : nil
    }

    private static func decodePartitionKey(_ field: Field) -> PartitionKeyMode? {
        if case .object = field.value.kind { return decodeZipfKeys(field) }
        let allowed = #"allowed: "device", "gateway", "random", "timestamp-ms", "constant:<key>", or {"dist": "zipf", "keys": N, "s": s}"#
        guard let key = field.parsed(PartitionKeyMode.init(parsing:), what: "a partition key", allowed: allowed) else {
            return nil
        }
        if case .constant(let text) = key, !PartitionKeyMode.keyLengths.contains(text.count) {
            return field.reject("\(field.literal) has a key of \(text.count) characters (allowed: 1 to 256)")
        }
        return key
    }

    /// `{"dist": "zipf", "keys": N, "s": s}`: N keys drawn with probability ∝ 1/rank^s.
    private static func decodeZipfKeys(_ field: Field) -> PartitionKeyMode? {
        guard let reader = ObjectReader(field, allowed: ["dist", "keys", "s"]) else { return nil }
        let dist = reader.required("dist") { $0.choice([("zipf", "zipf")], what: "a key distribution") }
        let keys = reader.required("keys") { $0.int(PartitionKeyMode.zipfKeyCounts) }
        let exponents = PartitionKeyMode.zipfExponents
        let exponent = reader.required("s") { $0.number(Bounds(lower: exponents.lowerBound, upper: exponents.upperBound)) }
        guard dist != nil, let keys, let exponent else { return nil }
        return .zipf(keys: keys, exponent: exponent)
    }

    /// `null` (no limiter) or a fraction of the shard limit.
    private static func decodeRateLimit(_ field: Field) -> Double?? {
        if field.value.kind == .null { return .some(nil) }
        guard let fraction = field.number(Bounds(lower: 0, upper: 10, lowerExclusive: true)) else { return nil }
        return fraction
    }
}
