import AnalyticsModel
import Foundation
import SimKernel
import StreamModel
import Telemetry

/// The entity counts `memoryEstimate` multiplies by `MemoryCosts`, each an upper bound.
extension ScenarioSpec {
    /// Shards that ever exist: twice the scaling peak when the stream scales (closed parents
    /// stay in memory), four times under autoscaling, whose UpdateShardCount calls may go through
    /// intermediate shards, plus those the faults open. An UpdateShardCount to `target` creates fewer
    /// than 4 × `target`, intermediate shards included: two per cut of an old shard (fewer than
    /// `target` cuts) and one per merge (fewer than the old shards plus the cuts, and the old
    /// shards are at most 2 × `target`).
    var shardsEverCreated: Int {
        let peak = scalingPeakShards
        let scaled = peak == stream.shards ? peak : (stream.autoscaling == nil ? 2 : 4) * peak
        return faults.reduce(scaled) { total, fault in
            switch fault.action {
            case .splitShard: return total + 2
            case .mergeShards: return total + 1
            case .updateShardCount(let target): return total + 4 * target
            default: return total
            }
        }
    }

    /// Result rows of every closed window and accumulators of the open panes, per group; there
    /// are no more closed windows than records, and no more groups than devices × shards.
    func windowBytes(shards: Double, seconds: Double) -> Double {
        consumers.flatMap(\.analytics).filter { [.tumbling, .sliding].contains($0.type) }.reduce(0) { total, window in
            let groups = min(window.groupBy.reduce(1.0) { $0 * groupCount($1, shards: shards) },
                             Double(fleet.totalDevices) * shards)
            let slide = Double(window.slide.nanoseconds) / 1e9
            let paneNs = greatestCommonDivisor(window.size.nanoseconds, window.slide.nanoseconds)
            let pane = Double(paneNs) / 1e9
            // Panes a window still needs past its first, plus lag and lateness.
            let span = Double(window.size.nanoseconds - paneNs + (window.watermarkLag + window.allowedLateness).nanoseconds) / 1e9
            let closed = min(seconds / slide, emissionsPerSecond * seconds) + 1
            let open = min(span / pane, emissionsPerSecond * seconds) + 2
            return total + closed * groups * MemoryCosts.perWindowResult + open * groups * MemoryCosts.perWindowAccumulator
        }
    }

    /// How many ids one grouping key can take.
    func groupCount(_ key: WindowGrouping, shards: Double) -> Double {
        switch key {
        case .kind: 4
        case .device: Double(fleet.totalDevices)
        case .gateway: Double(fleet.gateways)
        case .shard: shards
        case .station: Double(fleet.totalDevices + 1)
        case .sensor: Double(WeatherSensor.allCases.count + 1)
        case .city, .state: Double(StationPlace.all.count + 1)
        }
    }

    /// Records the stream keeps: those the slowest consumer leaves unread (accepted traffic beyond
    /// its processing rate, accumulating until retention trims them or emission ends), or those a
    /// checkpointing consumer has read but not yet checkpointed, whichever is more.
    var retainedRecords: Double {
        let accepted = min(emissionsPerSecond, Double(stream.shards) * Double(stream.limits.writeRecordsPerSecond))
        let slowest = consumers.map { recordsPerSecond($0) * Double(stream.shards) }.min() ?? .infinity
        let backlogSeconds = Double(min(duration, stream.retention).nanoseconds) / 1e9
        return max(max(0, accepted - slowest) * backlogSeconds, uncheckpointedRecords(accepted: accepted))
    }

    /// Records a checkpointing consumer keeps behind it, over all shards: a KCL application up to
    /// one checkpoint's worth per shard (`every` records or `interval` of its traffic), a Lambda
    /// mapping its read-ahead (`batchSize × parallelization`) per shard.
    func uncheckpointedRecords(accepted: Double) -> Double {
        let shards = Double(stream.shards)
        let perShard = consumers.map { consumer -> Double in
            switch consumer.type {
            case .kcl:
                let interval = Double(consumer.checkpoint.interval.nanoseconds) / 1e9
                return min(Double(consumer.checkpoint.every), accepted / shards * interval)
            case .lambda: return Double(consumer.batchSize * consumer.parallelization)
            case .polling, .efo: return 0
            }
        }.max() ?? 0
        return perShard * shards
    }

    /// The most entries offline queues hold at once, bounded above: per `gateway-offline` fault,
    /// its gateways' share of the emissions for its whole duration (each capped by the queue's
    /// capacity), summed over faults as if they all overlapped.
    var offlineEntries: Double {
        faults.reduce(0) { total, fault in
            guard case .gatewayOffline(let gateways, let duration) = fault.action else { return total }
            let count = Double(gateways.resolved(count: fleet.gateways).count)
            let emitted = emissionsPerSecond * count / Double(fleet.gateways) * Double(duration.nanoseconds) / 1e9
            return total + min(emitted, fleet.offlineQueue.capacity.map { Double($0) * count } ?? .infinity)
        }
    }

    /// Readings the fleet emits per simulated second.
    var emissionsPerSecond: Double {
        fleet.devices.reduce(0) { $0 + Double($1.count) * 1e9 / Double($1.interval.nanoseconds) }
    }

    /// Records one consumer can process per second on one shard: a batch of `limit` per loop
    /// (round trip + poll interval + processing); a fan-out consumer is limited by processing alone.
    func recordsPerSecond(_ consumer: ConsumerSpec) -> Double {
        let processing = Self.meanSeconds(consumer.processing)
        if consumer.type == .efo { return processing > 0 ? 1 / processing : .infinity }
        let batch = Double(consumer.limit)
        let loop = Self.meanSeconds(consumer.readLatency) + Double(consumer.pollInterval.nanoseconds) / 1e9 + batch * processing
        return batch / loop
    }

    /// The mean of a distribution of durations, in seconds.
    static func meanSeconds(_ distribution: Distribution) -> Double {
        switch distribution {
        case .constant(let value): return Double(value.nanoseconds) / 1e9
        case .uniform(let low, let high): return Double((low + high).nanoseconds) / 2e9
        case .exponential(let mean): return Double(mean.nanoseconds) / 1e9
        case .lognormal(let shape):
            // σ from the 99th percentile's z-score 2.326; the mean is median · e^(σ²/2).
            let sigma = Foundation.log(Double(shape.p99.nanoseconds) / Double(shape.median.nanoseconds)) / 2.326
            return Double(shape.median.nanoseconds) / 1e9 * Foundation.exp(sigma * sigma / 2)
        }
    }
}
