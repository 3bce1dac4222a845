import AnalyticsModel
import ConsumerModel
import FleetModel
import Scenario
import SimKernel
import StreamModel

/// Translation of a validated scenario into model terms.
///
/// Only validated scenarios arrive here: fields that v0 does not support yet were rejected with
/// a message before the run, so meeting one here is a programmer error.
extension WorldConfig {
    public init(scenario spec: ScenarioSpec) {
        self.init(fleet: Self.fleet(spec), shardCount: spec.stream.shards, limits: spec.stream.limits,
                  consumers: spec.consumers.map { Self.consumer($0, epochMillis: spec.startTime.epochMilliseconds) },
                  duration: spec.duration, drain: spec.drain)
        capacity = Self.capacity(spec.stream)
    }

    static func capacity(_ stream: StreamSpec) -> StreamCapacity {
        switch stream.mode {
        case .provisioned: return .provisioned(autoscaling: stream.autoscaling)
        case .onDemand:
            precondition(stream.autoscaling == nil, "an on-demand stream with autoscaling passed validation")
            return .onDemand(stream.onDemand)
        }
    }

    static func fleet(_ spec: ScenarioSpec) -> FleetConfig {
        var fleet = FleetConfig(gateways: spec.fleet.gateways, groups: spec.fleet.devices, emitUntil: .zero + spec.duration,
                                epochMillisAtStart: spec.startTime.epochMilliseconds, masterSeed: spec.seed)
        fleet.partitionKey = spec.fleet.partitionKey
        fleet.batching = spec.fleet.batching
        fleet.uplinkLatency = spec.fleet.uplinkLatency
        fleet.retry = spec.fleet.retry
        fleet.ackLossRate = spec.fleet.ackLossRate
        fleet.bursts = spec.faults.compactMap(trafficBurst)
        return fleet
    }

    /// The fault as the fleet carries it, if it is a traffic burst.
    static func trafficBurst(_ fault: FaultSpec) -> TrafficBurst? {
        guard case .trafficBurst(let multiplier, let duration, let kinds) = fault.action else { return nil }
        return TrafficBurst(start: .zero + fault.at, duration: duration, multiplier: multiplier, kinds: kinds)
    }

    static func consumer(_ spec: ConsumerSpec, epochMillis: Int64) -> ConsumerSetup {
        precondition(spec.type == .polling, "consumer \(spec.name): type \(spec.type) passed validation unsupported")
        let start: StartingPosition
        switch spec.iterator {
        case .trimHorizon: start = .trimHorizon
        case .latest: start = .latest
        case .atTimestamp: preconditionFailure("consumer \(spec.name): AT_TIMESTAMP passed validation unsupported")
        }
        let polling = PollingConfig(name: spec.name, pollInterval: spec.pollInterval, limit: spec.limit, start: start,
                                    readLatency: spec.readLatency)
        return ConsumerSetup(polling: polling, operators: spec.analytics.map { windowConfig($0, epochMillis: epochMillis) })
    }

    static func windowConfig(_ spec: AnalyticsSpec, epochMillis: Int64) -> TumblingWindowConfig {
        precondition(spec.type == .tumbling, "analytics type \(spec.type) passed validation unsupported")
        return TumblingWindowConfig(size: spec.size, time: spec.time, groupBy: spec.groupBy,
                                    aggregates: spec.aggregates.reduce(into: []) { $0.insert($1.member) },
                                    watermarkLag: spec.watermarkLag, allowedLateness: spec.allowedLateness,
                                    epochMillisAtStart: epochMillis)
    }
}
