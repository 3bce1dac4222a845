/// Checkpoints of checkpointing consumers (KCL, Lambda), per consumer and shard: a checkpoint
/// never moves back, a replay never starts before it (either would process again what was done
/// for good), and it never passes a record the consumer has not processed (a crash right after
/// would lose that record: the new owner starts after it). Memory is O(consumers × shards).
public struct CheckpointCheck: Sendable {
    /// `latest[consumer][shard]`: the latest checkpoint.
    var latest: [[UInt64]]
    var log = ViolationLog()
    var shardIDs: [String]
    let consumerNames: [String]

    public init(consumerNames: [String], shardIDs: [String]) {
        self.consumerNames = consumerNames
        self.shardIDs = shardIDs
        latest = Array(repeating: Array(repeating: 0, count: shardIDs.count), count: consumerNames.count)
    }

    /// `consumer` checkpointed `shard` up to `offset` (every record below it done) when every
    /// record below `processed` had been processed.
    public mutating func observeCheckpoint(consumer: Int, shard: Int, upTo offset: UInt64, processed: UInt64, atMillis: Int64) {
        if offset < latest[consumer][shard] {
            log.record("consumer \(consumerNames[consumer]) moved its checkpoint of \(shardIDs[shard]) back from offset "
                       + "\(latest[consumer][shard]) to \(offset) at \(atMillis) ms")
        }
        if offset > processed {
            log.record("consumer \(consumerNames[consumer]) checkpointed \(shardIDs[shard]) up to offset \(offset) at "
                       + "\(atMillis) ms with only the records below \(processed) processed")
        }
        latest[consumer][shard] = max(latest[consumer][shard], offset)
    }

    /// `consumer` rewound `shard` to `offset` to replay it (a new lease owner): never before its
    /// checkpoint, or records done for good would be processed again.
    public mutating func observeRewind(consumer: Int, shard: Int, to offset: UInt64, atMillis: Int64) {
        guard offset < latest[consumer][shard] else { return }
        log.record("consumer \(consumerNames[consumer]) replayed \(shardIDs[shard]) from offset \(offset) at \(atMillis) ms, "
                   + "before its checkpoint \(latest[consumer][shard])")
    }

    /// A reshard opened shard `id`.
    public mutating func addShard(id: String) {
        shardIDs.append(id)
        for consumer in latest.indices { latest[consumer].append(0) }
    }

    public func result() -> InvariantResult { log.result(named: "checkpoints") }
}
