import SimKernel

/// How an on-demand stream scales itself (`stream.mode: "on-demand"`, `stream.onDemand`).
///
/// C2: a new on-demand stream starts at 4 shards (4 MB/s write). W3: each shard keeps the
/// provisioned per-shard limits. C4: AWS splits a shard whose incoming traffic exceeds 500 KB/s
/// (half its byte limit) "within 15 minutes"; `splitDelay` is that time, 15 min unless the scenario says otherwise.
public struct OnDemandPolicy: Equatable, Sendable {
    /// How long a shard (or the whole stream's headroom) must stay short before a split.
    public var splitDelay: SimDuration

    /// Shards a new on-demand stream has (C2).
    public static let initialShards = 4
    /// The most open shards the scaler grows to: a stream's shard limit (RS9), about the
    /// 10 GB/s on-demand write maximum of the largest regions (C5).
    public static let maxOpenShards = 10_000

    public init(splitDelay: SimDuration = .minutes(15)) {
        modelPrecondition(splitDelay >= .seconds(1), "on-demand split delay \(splitDelay) below one second")
        self.splitDelay = splitDelay
    }
}
