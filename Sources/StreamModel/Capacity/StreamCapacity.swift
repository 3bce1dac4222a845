/// How a stream's shard count may change during a run: `stream.mode` with the policy that
/// goes with it (`stream.autoscaling` or `stream.onDemand`). One enum, so a provisioned stream
/// cannot carry on-demand settings nor an on-demand stream an autoscaling policy (RS9).
public enum StreamCapacity: Equatable, Sendable {
    /// Shards change only by reshard operations: scheduled faults, or the autoscaling policy
    /// through `UpdateShardCount` (`Autoscaler`).
    case provisioned(autoscaling: AutoscalingPolicy?)
    /// The stream splits its shards itself (`OnDemandScaler`); `UpdateShardCount` is refused.
    case onDemand(OnDemandPolicy)

    public var mode: StreamMode {
        switch self {
        case .provisioned: return .provisioned
        case .onDemand: return .onDemand
        }
    }
}
