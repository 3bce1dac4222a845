import Reporting

/// Which limit binds a failing candidate, from what its run measured: the sentence a plan prints
/// under "why", and the change that would help when no shard count does.
public enum BindingLimit: Equatable, Sendable {
    /// One shard takes far more than its share of the writes: a hot partition key (or a few).
    /// `keys` is the scenario's partition-key rule (`constant:site-7`, `gateway`).
    case hotKey(shard: String, share: Double, keys: String)
    /// Offered writes per shard exceed the shard's records-per-second limit.
    case writeRecords(perShard: Double, limit: Double)
    /// Offered bytes per shard exceed the shard's bytes-per-second limit.
    case writeBytes(perShard: Double, limit: Double)
    /// Polling consumers throttle each other on the shard's shared GetRecords calls or bytes.
    case sharedReads(throttledCalls: Int64, consumers: Int)
    /// Nothing throttles, yet latency or iterator age misses: a consumer processes too slowly.
    case consumerSpeed(p99Ms: Double)

    /// The per-shard write limits, from the scenario.
    public struct Limits: Sendable {
        public var recordsPerSecond: Double
        public var bytesPerSecond: Double

        public init(recordsPerSecond: Double, bytesPerSecond: Double) {
            self.recordsPerSecond = recordsPerSecond
            self.bytesPerSecond = bytesPerSecond
        }
    }

    /// The limit that explains why `candidate` failed, judged in this order: hot keys (more
    /// shards never help them), write records, write bytes, shared reads, consumer speed.
    public static func of(_ candidate: PlanCandidate, offered: SizingFormula, limits: Limits, keys: String) -> BindingLimit {
        let run = candidate.run
        let shards = Double(candidate.shards)
        let bytes = offered.recordsPerSecond * offered.averageRecordBytes / shards
        // Under the KPL the shards count Kinesis records, which aggregation makes fewer than
        // readings, and how many depends on the shards: take those the candidate's stream took.
        let records = run.metric("producer.kinesis_records").map { $0 / Swift.max(run["sim.duration_s"], 1e-9) / shards }
            ?? offered.recordsPerSecond / shards
        // Writes throttle although the offered load would fit spread evenly, and one shard takes
        // half again its fair share: keys, not shards, are the limit.
        let incoming = run.run.shards.filter { $0.state != "CLOSED" }.map { ($0.shardID, Double($0.incomingRecords)) }
        let total = incoming.reduce(0) { $0 + $1.1 }
        if let busiest = incoming.max(by: { $0.1 < $1.1 }), total > 0, incoming.count > 1, run["put.throttle_rate"] > 0,
           records <= limits.recordsPerSecond, bytes <= limits.bytesPerSecond,
           busiest.1 / total >= 1.5 / Double(incoming.count) {
            return .hotKey(shard: busiest.0, share: busiest.1 / total, keys: keys)
        }
        if run["put.throttle_rate"] > 0 || run["records.dropped"] > 0 {
            return records / limits.recordsPerSecond >= bytes / limits.bytesPerSecond
                ? .writeRecords(perShard: records, limit: limits.recordsPerSecond)
                : .writeBytes(perShard: bytes, limit: limits.bytesPerSecond)
        }
        if run["get.throttled_calls"] > 0 && run.consumerNames.count > 1 {
            return .sharedReads(throttledCalls: Int64(run["get.throttled_calls"]), consumers: run.consumerNames.count)
        }
        return .consumerSpeed(p99Ms: candidate.worstP99Ms)
    }

    public var sentence: String {
        switch self {
        case let .hotKey(shard, share, keys):
            "a hot partition key (partitionKey \(keys)): \(shard) took \(Formatting.percent(share)) of the writes, "
                + "and one key can never use more than one shard"
        case let .writeRecords(perShard, limit):
            "write records per second: \(Formatting.fixed(perShard, 0)) per shard offered against a limit of \(Formatting.fixed(limit, 0))"
        case let .writeBytes(perShard, limit):
            "write bytes per second: \(Formatting.fixed(perShard / 1024, 1)) KiB per shard offered against \(Formatting.fixed(limit / 1024, 0)) KiB"
        case let .sharedReads(calls, consumers):
            "the read limits shared by \(consumers) polling consumers: \(Formatting.count(calls)) GetRecords calls throttled"
        case let .consumerSpeed(p99):
            "a consumer's processing speed: nothing throttles, yet the worst p99 is \(Formatting.fixed(p99, 1)) ms"
        }
    }

    /// What AWS's sizing formula leaves out that this limit depends on: why the formula's answer
    /// can fall short of a count that meets the objectives.
    public var formulaBlindSpot: String {
        switch self {
        case .hotKey: "it assumes the partition keys spread writes evenly over the shards"
        case .writeRecords: "it has no records-per-second term"
        case .writeBytes: "it sizes for the average, not for the bytes of the busiest second"
        case .sharedReads: "it ignores the 5 GetRecords calls a second that polling consumers share per shard"
        case .consumerSpeed: "it knows nothing of how fast the consumer processes records"
        }
    }

    /// What would help when no shard count in range meets the objectives.
    public var suggestion: String {
        switch self {
        case .hotKey: "spread the partition key (fleet.partitionKey \"device\" instead of a constant or gateway key)"
        case .writeRecords: "batch or aggregate records (KPL aggregation), or allow more shards (--max)"
        case .writeBytes: "compress or shrink records, or allow more shards (--max)"
        case .sharedReads: "move consumers to enhanced fan-out, or poll less often"
        case .consumerSpeed: "a faster consumer (less processing per record), or relax the latency objective"
        }
    }
}
