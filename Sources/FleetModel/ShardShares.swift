/// Scratch space for the rate limiter: one request's records and bytes per predicted shard, and
/// the shards it touches in order, reused so that pacing allocates nothing once it has grown.
struct ShardShares {
    private(set) var records: [Int] = []
    private(set) var bytes: [Int64] = []
    private(set) var touched: [Int] = []

    mutating func add(shard: Int, bytes recordBytes: Int64) {
        while records.count <= shard {
            records.append(0)
            bytes.append(0)
        }
        if records[shard] == 0 { touched.append(shard) }
        records[shard] += 1
        bytes[shard] += recordBytes
    }

    mutating func clear() {
        for shard in touched {
            records[shard] = 0
            bytes[shard] = 0
        }
        touched.removeAll(keepingCapacity: true)
    }
}
