/// At-least-once delivery: every record the stream accepted reaches every consumer.
///
/// Per consumer and shard it keeps the length of the delivered prefix of the shard's records.
/// A delivery beyond the prefix means records were skipped (a gap, reported at once); at the end
/// the prefix must cover every accepted record. Memory is O(consumers × shards).
public struct DeliveryCheck: Sendable {
    /// `prefix[consumer][shard]`: offsets `0 ..< prefix` were all delivered.
    var prefix: [[UInt64]]
    public private(set) var redeliveries: [UInt64]
    var log = ViolationLog()
    let shardIDs: [String]
    let consumerNames: [String]

    public init(consumerNames: [String], shardIDs: [String]) {
        self.consumerNames = consumerNames
        self.shardIDs = shardIDs
        prefix = Array(repeating: Array(repeating: 0, count: shardIDs.count), count: consumerNames.count)
        redeliveries = Array(repeating: 0, count: consumerNames.count)
    }

    public mutating func observeDelivery(consumer: Int, shard: Int, offset: UInt64, atMillis: Int64) {
        let expected = prefix[consumer][shard]
        if offset == expected {
            prefix[consumer][shard] = expected + 1
        } else if offset < expected {
            redeliveries[consumer] += 1
        } else {
            log.record("consumer \(consumerNames[consumer]) skipped \(shardIDs[shard]) offsets \(expected)..<\(offset) "
                       + "(received offset \(offset) at t=\(atMillis) ms)")
            prefix[consumer][shard] = offset + 1
        }
    }

    /// Checks that every consumer received every accepted record of every shard.
    public mutating func verify(acceptedPerShard: [UInt64]) -> InvariantResult {
        for consumer in prefix.indices {
            for (shard, accepted) in acceptedPerShard.enumerated() where prefix[consumer][shard] < accepted {
                log.record("consumer \(consumerNames[consumer]) never received \(accepted - prefix[consumer][shard]) of "
                           + "\(accepted) records of \(shardIDs[shard]) (first missing offset \(prefix[consumer][shard]))")
            }
        }
        return log.result(named: "at-least-once")
    }
}
