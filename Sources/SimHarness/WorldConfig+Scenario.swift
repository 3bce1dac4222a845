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
        self.init(fleet: Self.fleet(spec), shardCount: spec.stream.shards, limits: Self.limits(spec.stream.limits),
                  consumers: spec.consumers.map { Self.consumer($0, epochMillis: spec.startTime.epochMilliseconds) },
                  duration: spec.duration, drain: spec.drain)
    }

    static func fleet(_ spec: ScenarioSpec) -> FleetConfig {
        let groups = spec.fleet.devices.map {
            DeviceGroupConfig(kind: $0.kind, count: $0.count, interval: $0.interval, jitter: $0.jitter,
                              anomalyRate: $0.anomalyRate, params: $0.params)
        }
        var fleet = FleetConfig(gateways: spec.fleet.gateways, groups: groups, emitUntil: .zero + spec.duration,
                                epochMillisAtStart: spec.startTime.epochMilliseconds, masterSeed: spec.seed)
        fleet.partitionKey = partitionKey(spec.fleet.partitionKey)
        fleet.batching = BatchingConfig(maxRecords: spec.fleet.batching.maxRecords, maxBytes: spec.fleet.batching.maxBytes,
                                        linger: spec.fleet.batching.linger)
        fleet.uplinkLatency = spec.fleet.uplinkLatency
        let retry = spec.fleet.retry
        fleet.retry = RetryPolicy(maxAttempts: retry.maxAttempts, baseDelay: retry.baseDelay, maxDelay: retry.maxDelay,
                                  fullJitter: retry.jitter == .full)
        fleet.ackLossRate = spec.fleet.ackLossRate
        return fleet
    }

    static func partitionKey(_ spec: PartitionKeySpec) -> PartitionKeyMode {
        switch spec {
        case .device: return .device
        case .gateway: return .gateway
        case .random: return .random
        case .constant(let key): return .constant(key)
        }
    }

    static func limits(_ spec: Scenario.StreamLimits) -> StreamModel.StreamLimits {
        var limits = StreamModel.StreamLimits()
        limits.writeRecordsPerSecond = Int64(spec.writeRecordsPerSecond)
        limits.writeBytesPerSecond = spec.writeBytesPerSecond
        limits.maxRecordBytes = spec.maxRecordSize
        limits.putRecordsMaxEntries = spec.putRecordsMaxEntries
        limits.putRecordsMaxBytes = spec.putRecordsMaxBytes
        limits.readCallsPerSecond = spec.readCallsPerSecond
        limits.readBytesPerSecond = spec.readBytesPerSecond
        limits.getRecordsMaxRecords = spec.getRecordsMaxRecords
        limits.getRecordsMaxBytes = spec.getRecordsMaxBytes
        return limits
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
        var aggregates: AggregateSet = []
        for aggregate in spec.aggregates {
            switch aggregate {
            case .count: aggregates.insert(.count)
            case .sum: aggregates.insert(.sum)
            case .avg: aggregates.insert(.avg)
            case .min: aggregates.insert(.min)
            case .max: aggregates.insert(.max)
            }
        }
        let time: WindowTime = spec.time == .event ? .event : .processing
        let grouping: WindowGrouping
        switch spec.groupBy {
        case .kind: grouping = .kind
        case .device: grouping = .device
        case .gateway: grouping = .gateway
        case .shard: grouping = .shard
        }
        return TumblingWindowConfig(size: spec.size, time: time, groupBy: grouping, aggregates: aggregates,
                                    watermarkLag: spec.watermarkLag, allowedLateness: spec.allowedLateness,
                                    epochMillisAtStart: epochMillis)
    }
}
