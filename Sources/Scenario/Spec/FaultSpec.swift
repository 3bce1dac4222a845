import SimKernel
import Telemetry

/// One scheduled fault or operation (`faults[]`).
public struct FaultSpec: Equatable, Sendable {
    /// Simulated time from the start of the run.
    public var at: SimDuration
    public var action: FaultAction

    public init(at: SimDuration, action: FaultAction) {
        self.at = at
        self.action = action
    }
}

/// What a fault does, with the fields its type takes.
public enum FaultAction: Equatable, Sendable {
    /// Gateways cannot reach the stream; readings go to the offline queue.
    case gatewayOffline(gateways: IDRange, duration: SimDuration)
    /// Uplink latency replaced for the duration.
    case latencySpike(gateways: IDRange, duration: SimDuration, uplinkLatency: Distribution)
    /// A worker stops without checkpointing.
    case consumerCrash(consumer: String, worker: Int, duration: SimDuration)
    /// Split a shard (by index among the initial shards) at the middle of its hash range.
    case splitShard(shard: Int)
    /// Merge two adjacent shards.
    case mergeShards(shards: [Int])
    /// Uniform scaling to `target` open shards.
    case updateShardCount(target: Int)
    /// That fraction of put entries fails with `InternalFailure`.
    case internalFailure(rate: Double, duration: SimDuration)
    /// Devices of `kinds` emit `multiplier` times as often.
    case trafficBurst(multiplier: Double, duration: SimDuration, kinds: [DeviceKind])

    /// How long the fault lasts; nil for an operation that happens at once (resharding).
    public var duration: SimDuration? {
        switch self {
        case .gatewayOffline(_, let duration), .latencySpike(_, let duration, _), .consumerCrash(_, _, let duration),
             .internalFailure(_, let duration), .trafficBurst(_, let duration, _):
            return duration
        case .splitShard, .mergeShards, .updateShardCount:
            return nil
        }
    }

    /// The scenario name of the fault type.
    public var type: FaultType {
        switch self {
        case .gatewayOffline: return .gatewayOffline
        case .latencySpike: return .latencySpike
        case .consumerCrash: return .consumerCrash
        case .splitShard: return .splitShard
        case .mergeShards: return .mergeShards
        case .updateShardCount: return .updateShardCount
        case .internalFailure: return .internalFailure
        case .trafficBurst: return .trafficBurst
        }
    }
}

/// Fault types as scenario files name them (`faults[].type`).
public enum FaultType: String, CaseIterable, Sendable {
    case gatewayOffline = "gateway-offline"
    case latencySpike = "latency-spike"
    case consumerCrash = "consumer-crash"
    case splitShard = "split-shard"
    case mergeShards = "merge-shards"
    case updateShardCount = "update-shard-count"
    case internalFailure = "internal-failure"
    case trafficBurst = "traffic-burst"
}
