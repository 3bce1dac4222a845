/// At-least-once delivery: every record the stream returned to a consumer was processed by it.
///
/// Per consumer and shard it keeps the length of the delivered prefix of the shard's records,
/// plus the offsets delivered ahead of that prefix (empty unless a consumer processes out of
/// order, which `ShardOrderCheck` reports). At the end, everything below the consumer's read
/// position must have been processed: a record it read past without processing is lost to it.
/// Records beyond the read position were never read at all: `LivenessCheck` reports those.
/// A record processed again is a redelivery, which at-least-once allows.
/// Memory is O(consumers × shards) plus the out-of-order offsets.
public struct DeliveryCheck: Sendable {
    /// `prefix[consumer][shard]`: offsets `0 ..< prefix` were all delivered.
    var prefix: [[UInt64]]
    /// `ahead[consumer][shard]`: offsets above the prefix already delivered, sorted.
    var ahead: [[[UInt64]]]
    public private(set) var redeliveries: [UInt64]
    var log = ViolationLog()
    var shardIDs: [String]
    let consumerNames: [String]

    public init(consumerNames: [String], shardIDs: [String]) {
        self.consumerNames = consumerNames
        self.shardIDs = shardIDs
        prefix = Array(repeating: Array(repeating: 0, count: shardIDs.count), count: consumerNames.count)
        ahead = Array(repeating: Array(repeating: [], count: shardIDs.count), count: consumerNames.count)
        redeliveries = Array(repeating: 0, count: consumerNames.count)
    }

    /// Notes a processed record; returns false when the consumer had processed it before.
    @discardableResult
    public mutating func observeDelivery(consumer: Int, shard: Int, offset: UInt64) -> Bool {
        let expected = prefix[consumer][shard]
        if offset == expected {
            advancePrefix(consumer: consumer, shard: shard)
        } else if offset < expected {
            redeliveries[consumer] += 1
            return false
        } else {
            return noteAhead(offset, consumer: consumer, shard: shard)
        }
        return true
    }

    /// The records at `offsets` are not the consumer's to process: retention trimmed them before
    /// it read them (lost, which the run reports), or they arrived before its AT_TIMESTAMP start
    /// (never wanted). Records between what the consumer processed and these stay missing, so a
    /// skip before them is still reported. Telling it twice changes nothing.
    public mutating func observePassedOver(consumer: Int, shard: Int, offsets lost: Range<UInt64>) {
        guard lost.lowerBound <= prefix[consumer][shard] else {
            for offset in lost { _ = noteAhead(offset, consumer: consumer, shard: shard) }
            return
        }
        prefix[consumer][shard] = max(prefix[consumer][shard], lost.upperBound)
        let passed = ahead[consumer][shard].prefix { $0 < prefix[consumer][shard] }.count
        ahead[consumer][shard].removeFirst(passed)
        if ahead[consumer][shard].first == prefix[consumer][shard] {
            ahead[consumer][shard].removeFirst()
            advancePrefix(consumer: consumer, shard: shard)
        }
    }

    /// Every record of `shard` below this offset was processed by `consumer` (or is not its to process).
    public func processedPrefix(consumer: Int, shard: Int) -> UInt64 { prefix[consumer][shard] }

    /// A reshard opened shard `id`.
    public mutating func addShard(id: String) {
        shardIDs.append(id)
        for consumer in prefix.indices {
            prefix[consumer].append(0)
            ahead[consumer].append([])
        }
    }

    /// Moves the prefix past `offset` and past any offsets delivered ahead that now join it.
    mutating func advancePrefix(consumer: Int, shard: Int) {
        var next = prefix[consumer][shard] + 1
        if !ahead[consumer][shard].isEmpty {
            var joined = 0
            for offset in ahead[consumer][shard] where offset == next {
                next += 1
                joined += 1
            }
            ahead[consumer][shard].removeFirst(joined)
        }
        prefix[consumer][shard] = next
    }

    /// Returns false for a redelivery.
    mutating func noteAhead(_ offset: UInt64, consumer: Int, shard: Int) -> Bool {
        let position = ahead[consumer][shard].firstIndex { $0 >= offset } ?? ahead[consumer][shard].count
        if position < ahead[consumer][shard].count && ahead[consumer][shard][position] == offset {
            redeliveries[consumer] += 1
            return false
        }
        ahead[consumer][shard].insert(offset, at: position)
        return true
    }

    /// Checks that each consumer processed every record below its read position in every shard
    /// (`readPositions[consumer][shard]`: the next offset it would read).
    public mutating func verify(readPositions: [[UInt64]]) -> InvariantResult {
        for consumer in prefix.indices {
            for (shard, position) in readPositions[consumer].enumerated() {
                let processed = prefix[consumer][shard] + UInt64(ahead[consumer][shard].count)
                guard processed < position else { continue }
                log.record("consumer \(consumerNames[consumer]) read past \(position - processed) records of "
                           + "\(shardIDs[shard]) without processing them (first missing offset \(prefix[consumer][shard]))")
            }
        }
        return log.result(named: "at-least-once")
    }

    /// Accepted records of each shard that `consumer` has not received (at the end of a run).
    public func undelivered(consumer: Int, acceptedPerShard: [UInt64]) -> UInt64 {
        acceptedPerShard.enumerated().reduce(0) { total, shard in
            total + shard.element - min(shard.element, prefix[consumer][shard.offset] + UInt64(ahead[consumer][shard.offset].count))
        }
    }
}
