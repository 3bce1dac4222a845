/// Per-shard sequence order at each consumer: within a shard, a consumer processes records in
/// strictly increasing sequence-number order (S5). Any record not after the previous one is
/// reported, re-deliveries included, except after a rewind the consumer announced: a KCL worker
/// taking a lease replays from the checkpoint, and from there order must hold again.
public struct ShardOrderCheck: Sendable {
    /// `last[consumer][shard]`: the offset processed last, or −1.
    var last: [[Int64]]
    var log = ViolationLog()
    /// Order violations seen by each consumer.
    public private(set) var violationsPerConsumer: [UInt64]
    var shardIDs: [String]
    let consumerNames: [String]
    /// Consumers held to shard order (a Lambda mapping with several lanes per shard keeps order
    /// per partition key only, which `KeyOrderCheck` checks).
    let checked: [Bool]

    public init(consumerNames: [String], shardIDs: [String], checked: [Bool]? = nil) {
        self.consumerNames = consumerNames
        self.shardIDs = shardIDs
        self.checked = checked ?? Array(repeating: true, count: consumerNames.count)
        last = Array(repeating: Array(repeating: -1, count: shardIDs.count), count: consumerNames.count)
        violationsPerConsumer = Array(repeating: 0, count: consumerNames.count)
    }

    public mutating func observeDelivery(consumer: Int, shard: Int, offset: UInt64, atMillis: Int64) {
        guard checked[consumer] else { return }
        let previous = last[consumer][shard]
        if Int64(offset) <= previous {
            violationsPerConsumer[consumer] += 1
            log.record("consumer \(consumerNames[consumer]) processed \(shardIDs[shard]) offset \(offset) after offset "
                       + "\(previous) at t=\(atMillis) ms: sequence numbers went backwards")
        }
        last[consumer][shard] = max(previous, Int64(offset))
    }

    /// `consumer` rewound `shard`: the next record it processes there may be `offset` again.
    public mutating func observeRewind(consumer: Int, shard: Int, to offset: UInt64) {
        last[consumer][shard] = min(last[consumer][shard], Int64(offset) - 1)
    }

    /// A reshard opened shard `id`.
    public mutating func addShard(id: String) {
        shardIDs.append(id)
        for consumer in last.indices { last[consumer].append(-1) }
    }

    public func result() -> InvariantResult { log.result(named: "shard-order") }
}
