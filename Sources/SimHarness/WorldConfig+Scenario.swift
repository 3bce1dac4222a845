import AnalyticsModel
import ConsumerModel
import FleetModel
import Metrics
import Scenario
import SimKernel
import StreamModel
import Telemetry

/// Translation of a validated scenario into model terms.
///
/// Only validated scenarios arrive here: fields that v0 does not support yet were rejected with
/// a message before the run, so meeting one here is a programmer error.
extension WorldConfig {
    public init(scenario spec: ScenarioSpec) {
        let fleet = Self.fleet(spec)
        let stations = fleet.weatherStations
        let clocks = fleet.clocks
        self.init(fleet: fleet, shardCount: spec.stream.shards, limits: spec.stream.limits,
                  consumers: spec.consumers.map {
                      Self.consumer($0, epochMillis: spec.startTime.epochMilliseconds, limits: spec.stream.limits,
                                    stations: stations, clocks: clocks)
                  },
                  duration: spec.duration, drain: spec.drain)
        prices = spec.stream.prices
        retention = spec.stream.retention
        visibilityDelay = spec.stream.visibilityDelay
        operations = spec.faults.compactMap(Self.operation)
        faults = spec.faults
        capacity = Self.capacity(spec.stream)
    }

    /// The resharding operation a fault names, if it is one.
    static func operation(_ fault: FaultSpec) -> ScheduledOperation? {
        switch fault.action {
        case .splitShard(let shard): return ScheduledOperation(at: fault.at, operation: .split(shard: shard))
        case .mergeShards(let shards): return ScheduledOperation(at: fault.at, operation: .merge(shard: shards[0], adjacent: shards[1]))
        case .updateShardCount(let target): return ScheduledOperation(at: fault.at, operation: .updateShardCount(target: target))
        default: return nil
        }
    }

    static func capacity(_ stream: StreamSpec) -> StreamCapacity {
        switch stream.mode {
        case .provisioned: return .provisioned(autoscaling: stream.autoscaling)
        case .onDemand:
            modelPrecondition(stream.autoscaling == nil, "an on-demand stream with autoscaling passed validation")
            return .onDemand(stream.onDemand)
        }
    }

    static func fleet(_ spec: ScenarioSpec) -> FleetConfig {
        var fleet = FleetConfig(gateways: spec.fleet.gateways, groups: spec.fleet.devices, emitUntil: .zero + spec.duration,
                                epochMillisAtStart: spec.startTime.epochMilliseconds, masterSeed: spec.seed)
        fleet.partitionKey = spec.fleet.partitionKey
        fleet.putMode = spec.fleet.putMode
        fleet.batching = spec.fleet.batching
        fleet.uplinkLatency = spec.fleet.uplinkLatency
        fleet.retry = spec.fleet.retry
        if let kpl = spec.fleet.kpl { fleet.producer = .kpl(kpl) }
        fleet.rateLimit = spec.fleet.rateLimit
        fleet.ackLossRate = spec.fleet.ackLossRate
        fleet.offlineQueue = spec.fleet.offlineQueue
        fleet.clockSkew = spec.fleet.clockSkew
        fleet.bursts = spec.faults.compactMap(trafficBurst)
        fleet.latencySpikes = spec.faults.compactMap { latencySpike($0, gateways: spec.fleet.gateways) }
        return fleet
    }

    /// The fault as the fleet carries it, if it is a latency spike.
    static func latencySpike(_ fault: FaultSpec, gateways: Int) -> LatencySpike? {
        guard case .latencySpike(let range, let duration, let latency) = fault.action else { return nil }
        return LatencySpike(gateways: range.resolved(count: gateways), start: .zero + fault.at, duration: duration,
                            uplinkLatency: latency)
    }

    /// The fault as the fleet carries it, if it is a traffic burst.
    static func trafficBurst(_ fault: FaultSpec) -> TrafficBurst? {
        guard case .trafficBurst(let multiplier, let duration, let kinds) = fault.action else { return nil }
        return TrafficBurst(start: .zero + fault.at, duration: duration, multiplier: multiplier, kinds: kinds)
    }

    static func consumer(_ spec: ConsumerSpec, epochMillis: Int64, limits: StreamLimits,
                         stations: WeatherStations, clocks: GatewayClocks) -> ConsumerSetup {
        let start: StartingPosition
        switch spec.iterator {
        case .trimHorizon: start = .trimHorizon
        case .latest: start = .latest
        case .atTimestamp(let offset): start = .atTimestamp(.zero + offset)
        }
        let reading = PollingConfig(name: spec.name, pollInterval: spec.pollInterval, limit: spec.limit, start: start,
                                    readLatency: spec.readLatency, processing: spec.processing,
                                    reshardOrder: spec.reshardOrder)
        return ConsumerSetup(reading: reading, kind: kind(spec, limits: limits),
                             operators: spec.analytics.map { operatorConfig($0, epochMillis: epochMillis, stations: stations, clocks: clocks) })
    }

    static func kind(_ spec: ConsumerSpec, limits: StreamLimits) -> ConsumerKind {
        switch spec.type {
        case .polling: return .polling
        case .efo: return .fanOut(FanOutConfig(bytesPerSecond: limits.efoBytesPerSecond))
        case .kcl:
            let fanOut = spec.retrieval == .fanout ? FanOutConfig(bytesPerSecond: limits.efoBytesPerSecond) : nil
            return .kcl(KCLConfig(workers: spec.workers, failoverTime: spec.failoverTime, checkpointEvery: spec.checkpoint.every,
                                  checkpointInterval: spec.checkpoint.interval, fanOut: fanOut))
        case .lambda:
            var settings = spec.lambda
            settings.batchSize = spec.batchSize
            settings.batchWindow = spec.batchWindow
            settings.parallelization = spec.parallelization
            return .lambda(settings)
        }
    }

    static func operatorConfig(_ spec: AnalyticsSpec, epochMillis: Int64, stations: WeatherStations,
                               clocks: GatewayClocks) -> OperatorConfig {
        switch spec.type {
        case .anomaly: return .anomaly(AnomalyConfig(detector: spec.detector, threshold: spec.threshold))
        case .sink:
            return .sink(SinkConfig(bufferBytes: spec.bufferSize, bufferInterval: spec.bufferInterval,
                                    deliveryTime: spec.deliveryTime, failureRate: spec.failureRate))
        case .tumbling, .sliding:
            return .windows(WindowConfig(size: spec.size, slide: spec.slide, time: spec.time, groupBy: spec.groupBy,
                                         aggregates: spec.aggregates.reduce(into: []) { $0.insert($1.member) },
                                         watermarkLag: spec.watermarkLag, allowedLateness: spec.allowedLateness,
                                         idleTimeout: spec.idleTimeout, epochMillisAtStart: epochMillis,
                                         stations: stations, clocks: clocks))
        }
    }
}
