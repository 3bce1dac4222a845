import FleetModel
import SimKernel
import Telemetry

extension FaultAction {
    static let durationRange = SimDuration.milliseconds(1) ... ScenarioSpec.maxDuration
    /// Shards created by resharding take new indexes, so a fault may name one past the initial count.
    static let maxShardIndex = 99_999
    /// A burst speeds devices up or slows them down at most 1,000-fold; the fleet reads the
    /// multiplier to millionths, so 0.001 keeps three significant digits.
    static let multiplierBounds = Bounds(lower: 0.001, upper: 1_000)

    /// Decodes the fields of a fault of `type`; nil if any is missing or invalid.
    static func decode(_ type: FaultType, _ reader: ObjectReader, context: FaultContext) -> FaultAction? {
        switch type {
        case .gatewayOffline:
            let (gateways, duration) = (gateways(reader, context), duration(reader))
            guard let gateways, let duration else { return nil }
            return .gatewayOffline(gateways: gateways, duration: duration)
        case .latencySpike:
            let (gateways, duration) = (gateways(reader, context), duration(reader))
            let latency = reader.required("uplinkLatency") { $0.distribution(.zero ... .hours(1)) }
            guard let gateways, let duration, let latency else { return nil }
            return .latencySpike(gateways: gateways, duration: duration, uplinkLatency: latency)
        case .consumerCrash:
            return consumerCrash(reader, context)
        case .splitShard:
            return reader.required("shard") { $0.int(0...maxShardIndex) }.map(FaultAction.splitShard)
        case .mergeShards:
            return reader.required("shards", shardPair).map(FaultAction.mergeShards)
        case .updateShardCount:
            return reader.required("target") { $0.int(1...StreamSpec.maxShards) }.map(FaultAction.updateShardCount)
        case .internalFailure:
            let (rate, duration) = (reader.required("rate") { $0.number(.rate) }, duration(reader))
            guard let rate, let duration else { return nil }
            return .internalFailure(rate: rate, duration: duration)
        case .trafficBurst:
            return trafficBurst(reader)
        }
    }

    private static func duration(_ reader: ObjectReader) -> SimDuration? {
        reader.required("duration") { $0.duration(durationRange) }
    }

    /// `gateways`: an id range within the fleet.
    private static func gateways(_ reader: ObjectReader, _ context: FaultContext) -> IDRange? {
        reader.required("gateways") { field in
            let allowed = #"allowed: "all", "3", "0-9""#
            guard let range = field.parsed(IDRange.init(parsing:), what: "a range of gateway ids", allowed: allowed) else {
                return nil
            }
            if case .ids(let ids) = range, let count = context.gateways, ids.upperBound >= count {
                return field.reject("\(field.literal) names gateways beyond the fleet (allowed: ids 0 to \(count - 1))")
            }
            return range
        }
    }

    private static func consumerCrash(_ reader: ObjectReader, _ context: FaultContext) -> FaultAction? {
        let consumer = reader.required("consumer") { field -> String? in
            guard let name = field.string() else { return nil }
            if let known = context.consumerWorkers, known[name] == nil {
                let names = known.isEmpty ? "none" : known.keys.sorted().map(JSONValue.quoted).joined(separator: ", ")
                return field.reject("\(field.literal) is not a kcl consumer of this scenario (a crash stops a KCL worker; "
                                    + "allowed: \(names))")
            }
            return name
        }
        let workers = consumer.flatMap { context.consumerWorkers?[$0] } ?? 1_000
        var worker = 0
        let workerValid = reader.read("worker", into: &worker) { $0.int(0...(workers - 1)) }
        let duration = duration(reader)
        guard let consumer, let duration, workerValid else { return nil }
        return .consumerCrash(consumer: consumer, worker: worker, duration: duration)
    }

    /// `shards`: two distinct shard indexes.
    private static func shardPair(_ field: Field) -> [Int]? {
        guard let elements = field.array(of: "shards", count: 2...2) else { return nil }
        let shards = elements.compactMap { $0.int(0...maxShardIndex) }
        guard shards.count == 2 else { return nil }
        guard shards[0] != shards[1] else {
            return field.reject("\(field.literal) names one shard twice (allowed: two different shards)")
        }
        return shards
    }

    private static func trafficBurst(_ reader: ObjectReader) -> FaultAction? {
        let multiplier = reader.required("multiplier") { $0.number(multiplierBounds) }
        var kinds = DeviceKind.allCases
        let kindsValid = reader.read("kinds", into: &kinds) { field in
            guard let elements = field.array(of: "device kinds", count: 1...DeviceKind.allCases.count) else { return nil }
            let parsed = elements.compactMap { $0.choice(DeviceGroupConfig.kinds, what: "a device kind") }
            return parsed.count == elements.count ? parsed : nil
        }
        let duration = duration(reader)
        guard let multiplier, let duration, kindsValid else { return nil }
        return .trafficBurst(multiplier: multiplier, duration: duration, kinds: kinds)
    }
}
