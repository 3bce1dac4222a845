/// Capacity mode (`stream.mode`, C1): who decides the shard count.
///
/// Provisioned streams have the shards the scenario sets, changed only by reshard operations
/// (faults or an autoscaling policy); on-demand streams split shards themselves
/// (`OnDemandScaler`) and refuse `UpdateShardCount` (RS9).
public enum StreamMode: String, CaseIterable, Sendable {
    case provisioned
    case onDemand = "on-demand"
}
