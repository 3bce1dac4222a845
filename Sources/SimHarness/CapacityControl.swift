import SimKernel
import StreamModel

/// The stream's capacity mode at run time: the RS9 gate every UpdateShardCount passes, and the
/// policy that may reshard on its own — an autoscaler fed each period's accepted writes, or the
/// on-demand scaler fed each second's writes per shard.
struct CapacityControl {
    var gate: UpdateShardCountGate
    var autoscaler: Autoscaler?
    var onDemand: OnDemandScaler?
    /// Accepted records and bytes since the last tick, stream-wide and per shard index.
    var periodTotal = WriteTotal()
    var shardTotals: [WriteTotal]

    init(_ capacity: StreamCapacity, limits: StreamLimits, shardCount: Int) {
        gate = UpdateShardCountGate(mode: capacity.mode)
        shardTotals = Array(repeating: WriteTotal(), count: shardCount)
        switch capacity {
        case .provisioned(let policy): autoscaler = policy.map { Autoscaler(policy: $0, limits: limits) }
        case .onDemand(let policy): onDemand = OnDemandScaler(policy: policy, limits: limits)
        }
    }

    /// How often the policy looks at the stream; nil when nothing reshards on its own.
    var tick: SimDuration? {
        if let autoscaler { return autoscaler.policy.period }
        return onDemand == nil ? nil : .seconds(1)
    }

    /// Counts one accepted record (only when a policy will read it).
    @inline(__always)
    mutating func noteAccepted(shard: Int, bytes: Int64) {
        periodTotal.records += 1
        periodTotal.bytes += bytes
        shardTotals[shard].records += 1
        shardTotals[shard].bytes += bytes
    }

    mutating func addShard() { shardTotals.append(WriteTotal()) }

    /// Starts the next period's totals.
    mutating func resetTotals() {
        periodTotal = WriteTotal()
        for index in shardTotals.indices { shardTotals[index] = WriteTotal() }
    }
}
