import SimKernel
import StreamModel
import Telemetry

/// One record as a gateway would put it, for `simctl sample`.
public struct SampledRecord {
    public var gateway: Int
    public var entry: PutEntry<Reading>
    /// The partition key as text (nil for `random` keys, whose hash is drawn directly).
    public var partitionKey: String?
}

extension Fleet {
    /// The first `count` records the fleet emits (of `kind` only, if given), in emission order
    /// across gateways, each with the routing its key mode gives it; nothing is sent. Stops
    /// early when the devices stop emitting.
    public mutating func sample(count: Int, kind: DeviceKind?) -> [SampledRecord] {
        var sampled: [SampledRecord] = []
        while sampled.count < count, let gateway = earliestGateway(), let entry = nextReading(gateway: gateway) {
            guard kind == nil || entry.payload.kind == kind else { continue }
            sampled.append(SampledRecord(gateway: gateways[gateway].physical, entry: entry,
                                         partitionKey: config.partitionKey.keyText(of: entry.payload, epochMillisAtStart: config.epochMillisAtStart)))
        }
        return sampled
    }

    /// The gateway whose next emission comes first (the lowest index on ties), if any emits again.
    func earliestGateway() -> Int? {
        var best: (gateway: Int, time: SimTime)?
        for index in gateways.indices {
            guard let due = gateways[index].schedule.head?.time, due < config.emitUntil else { continue }
            if best == nil || due < best!.time { best = (index, due) }
        }
        return best?.gateway
    }
}

extension PartitionKeyMode {
    /// The partition key a record put under this mode carries, as text; nil for `random`, whose
    /// key is a fresh UUID-length string the fleet never builds (it draws the hash directly).
    public func keyText(of reading: Reading, epochMillisAtStart: Int64) -> String? {
        switch self {
        case .device: return DeviceIdentity.deviceID(index: reading.device, kind: reading.kind)
        case .gateway: return DeviceIdentity.gatewayID(index: reading.gateway)
        case .random: return nil
        case .constant(let key): return key
        case .zipf: return ZipfKeys.name(Int(reading.partitionKeyIndex))
        case .timestampMillis: return String(epochMillisAtStart + reading.emittedAt.milliseconds)
        }
    }
}

/// A Kinesis record the KPL would make of sampled records, for `simctl sample --producer kpl`.
public struct SampledAggregate {
    public var gateway: Int
    public var shard: Int
    /// The sampled records inside it, by their place in the sample.
    public var records: [Int]
    /// The Kinesis record as put: key "a" and the first record's hash as explicit hash key when
    /// aggregated, else the lone record itself.
    public var entry: PutEntry<Reading>
}

extension Fleet {
    /// The sampled records packed as each gateway's KPL would pack them, per gateway and
    /// predicted shard over `shardCount` even shards, in sample order.
    public static func aggregate(_ sample: [SampledRecord], shardCount: Int, kpl: KPLConfig) -> [SampledAggregate] {
        let ranges = HashKeyRange.evenSplit(count: shardCount)
        let map = ShardMap(open: ranges.enumerated().map { (shard: $0.offset, start: $0.element.start) })
        var groups: [[Int]: [Int]] = [:]
        var order: [[Int]] = []
        for (index, record) in sample.enumerated() {
            let key = [record.gateway, map.shard(for: record.entry.hashKey)]
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        var aggregates: [SampledAggregate] = []
        for key in order {
            var builder = AggregateBuilder()
            var members: [Int] = []
            func finish() {
                guard let first = members.first else { return }
                aggregates.append(SampledAggregate(gateway: key[0], shard: key[1], records: members,
                                                   entry: builder.kinesisEntry(first: sample[first].entry)))
                builder.reset()
                members = []
            }
            for index in groups[key]! {
                if !builder.add(sample[index].entry, config: kpl) {
                    finish()
                    _ = builder.add(sample[index].entry, config: kpl)
                }
                members.append(index)
            }
            finish()
        }
        return aggregates
    }
}
