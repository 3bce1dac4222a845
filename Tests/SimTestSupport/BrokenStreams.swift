import SimHarness
import SimKernel
import StreamModel
import Telemetry

/// Streams that enforce other limits than the scenario's, which the checkers audit: each
/// builds the faithful stream from a config altered behind the checkers' back.
public enum BrokenStreams {
    /// Write buckets at `numerator/denominator` of the declared limits (> 1 over-admits, < 1
    /// rejects with tokens to spare).
    public static func scalingWrites(by numerator: Int64, over denominator: Int64) -> Runner.StreamBuilder {
        altered {
            $0.limits.writeRecordsPerSecond = $0.limits.writeRecordsPerSecond * numerator / denominator
            $0.limits.writeBytesPerSecond = $0.limits.writeBytesPerSecond * numerator / denominator
        }
    }

    /// Admits `calls` GetRecords calls per second per shard.
    public static func admittingReadCalls(_ calls: Int) -> Runner.StreamBuilder {
        altered { $0.limits.readCallsPerSecond = calls }
    }

    /// Keeps records for `retention`.
    public static func keeping(for retention: SimDuration) -> Runner.StreamBuilder {
        altered { $0.retention = retention }
    }

    static func altered(_ alter: @escaping (inout WorldConfig) -> Void) -> Runner.StreamBuilder {
        { config in
            var altered = config
            alter(&altered)
            return Runner.faithfulStream(altered)
        }
    }
}
