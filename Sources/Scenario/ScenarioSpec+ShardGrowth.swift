import SimKernel
import StreamModel

/// How far a stream can grow on its own, for the memory estimate and the split-shard limits.
extension ScenarioSpec {
    /// The most open shards the stream's own scaling can reach: each step at most doubles them
    /// (10 UpdateShardCount calls a day for autoscaling, one split round per `splitDelay` on
    /// demand) up to the 10,000-shard limit; the initial count without scaling.
    var scalingPeakShards: Int {
        let runNs = (duration + drain).nanoseconds
        switch (stream.mode, stream.autoscaling) {
        case (.provisioned, nil): return stream.shards
        case (.provisioned, _?): return Self.doubled(stream.shards, times: 10 * (runNs / SimDuration.hours(24).nanoseconds + 1))
        case (.onDemand, _): return Self.doubled(stream.shards, times: runNs / stream.onDemand.splitDelay.nanoseconds)
        }
    }

    static func doubled(_ shards: Int, times: Int64) -> Int {
        min(StreamSpec.maxShards, shards << Int(min(times, 14)))
    }
}
