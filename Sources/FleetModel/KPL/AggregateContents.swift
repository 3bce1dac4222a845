import DequeModule
import SimKernel
import Telemetry

/// The user records inside each Kinesis record the KPL put, by shard and offset: what consumers
/// deaggregate, as the KCL does, so that their figures, windows and checkers count readings.
///
/// Every record of a KPL run comes from the fleet, so a shard's offsets are contiguous. Each
/// shard keeps its records from the oldest the stream still holds (trimmed as records are
/// added), so memory follows the stream's, not the run's length.
public struct AggregateContents {
    private var shards: [ShardContents] = []

    public init() {}

    private struct ShardContents {
        /// Offset of the first record kept, and each record's end in the shard's reading positions.
        var firstOffset: UInt64 = 0
        var ends: Deque<UInt64> = []
        var readings: Deque<Reading> = []
        /// Position of `readings[0]`: where the first kept record starts.
        var base: UInt64 = 0

        mutating func trim(below offset: UInt64) {
            while firstOffset < offset, let end = ends.first {
                readings.removeFirst(Int(end - base))
                base = end
                ends.removeFirst()
                firstOffset += 1
            }
        }
    }

    /// Notes the user records of the record accepted at `offset` of `shard`; the stream holds
    /// nothing below `keptFrom` there.
    public mutating func add<Users: Collection<KPLRecord>>(shard: Int, offset: UInt64, users: Users, keptFrom: UInt64) {
        while shards.count <= shard { shards.append(ShardContents()) }
        shards[shard].trim(below: keptFrom)
        if shards[shard].ends.isEmpty {
            shards[shard].firstOffset = offset
            shards[shard].base = 0
            shards[shard].readings.removeAll()
        }
        modelPrecondition(offset == shards[shard].firstOffset + UInt64(shards[shard].ends.count),
                          "shard \(shard): KPL record at offset \(offset) does not follow the kept ones")
        for user in users { shards[shard].readings.append(user.entry.payload) }
        shards[shard].ends.append(shards[shard].base + UInt64(shards[shard].readings.count))
    }

    /// The readings inside the record at `offset` of `shard`, in the order they were packed.
    public func readings(shard: Int, offset: UInt64) -> Slice<Deque<Reading>> {
        let contents = shards[shard]
        let index = Int(offset - contents.firstOffset)
        let start = index == 0 ? contents.base : contents.ends[index - 1]
        return contents.readings[Int(start - contents.base)..<Int(contents.ends[index] - contents.base)]
    }

    /// How many readings the record at `offset` of `shard` holds.
    public func count(shard: Int, offset: UInt64) -> Int { readings(shard: shard, offset: offset).count }
}
