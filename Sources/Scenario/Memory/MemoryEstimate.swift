import Foundation
import SimKernel

/// A conservative estimate of a run's peak resident memory, made from the scenario alone before
/// anything runs, so that `simctl run` can refuse what the machine cannot hold instead of being
/// killed after minutes (exit 134), and `simctl validate` can print it.
///
/// It is a sum of per-entity costs (`MemoryCosts`): devices, gateways, every shard that ever
/// exists (resharding keeps closed parents), each consumer's state per shard, the metric series
/// (which grow with simulated time), window results and open windows, and the records a consumer
/// slower than the traffic leaves in the stream until retention trims them. Each part assumes
/// the worst the scenario allows (the most shards scaling can reach, every group in every window).
public struct MemoryEstimate: Equatable, Sendable {
    /// One term of the sum, named for messages (`"devices"`, `"retained records"`).
    public struct Part: Equatable, Sendable {
        public var name: String
        public var bytes: Double
    }

    public var parts: [Part]

    /// The whole estimate, in bytes.
    public var bytes: Double { parts.reduce(0) { $0 + $1.bytes } }

    /// `42 MB` or `3.1 GB`.
    public var text: String { Self.describe(bytes) }

    /// The largest part, for a refusal message that says what to shrink.
    public var largestPart: Part { parts.max { $0.bytes < $1.bytes } ?? Part(name: "nothing", bytes: 0) }

    /// Decimal megabytes rounded up below 1 GB, gigabytes to a tenth above.
    public static func describe(_ bytes: Double) -> String {
        bytes >= 1e9 ? String(format: "%.1f GB", bytes / 1e9) : "\(Int((bytes / 1e6).rounded(.up))) MB"
    }
}

extension ScenarioSpec {
    /// The estimated peak resident memory of running this scenario (see `MemoryEstimate`).
    public var memoryEstimate: MemoryEstimate {
        let shards = Double(shardsEverCreated)
        let seconds = Double((duration + drain).nanoseconds) / 1e9
        let seriesPoints = seconds + seconds / 60 * (1 + shards)
        return MemoryEstimate(parts: [
            .init(name: "process", bytes: MemoryCosts.baseBytes),
            .init(name: "devices", bytes: Double(fleet.totalDevices) * MemoryCosts.perDevice),
            .init(name: "gateways", bytes: Double(fleet.gateways) * MemoryCosts.perGateway),
            .init(name: "shards", bytes: shards * MemoryCosts.perShard),
            .init(name: "consumer state per shard", bytes: shards * Double(consumers.count) * MemoryCosts.perReader),
            .init(name: "metric series", bytes: seriesPoints * MemoryCosts.perSeriesPoint
                  + seconds * Double(consumers.count) * MemoryCosts.perConsumerSecond),
            .init(name: "windows", bytes: windowBytes(shards: shards, seconds: seconds)),
            .init(name: "retained records", bytes: retainedRecords * MemoryCosts.perRetainedRecord),
            .init(name: "offline queues", bytes: offlineEntries * MemoryCosts.perOfflineEntry),
        ])
    }
}

extension MemoryEstimate {
    /// How an estimate compares with the machine's memory.
    public enum Fit: Equatable, Sendable {
        case fits
        /// Over `closeFraction` of the memory: the run may push other processes out.
        case close(fraction: Double)
        /// More than the memory: the run would be killed (exit 134) after minutes.
        case tooLarge
    }

    /// Above this fraction of the machine's memory a run is warned about.
    public static let closeFraction = 0.5

    public func fit(physicalBytes: Double) -> Fit {
        let fraction = bytes / physicalBytes
        if fraction > 1 { return .tooLarge }
        return fraction > Self.closeFraction ? .close(fraction: fraction) : .fits
    }
}
