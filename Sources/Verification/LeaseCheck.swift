/// Lease ownership of KCL applications: a shard's lease is held by at most one live worker at a
/// time. A worker may take a lease nobody holds, one whose holder crashed (it expired), or one
/// stolen from its holder (who gave it up first); taking one a live worker still holds means two
/// workers process the shard at once. Memory is O(consumers × (shards + workers)).
public struct LeaseCheck: Sendable {
    /// `holder[consumer][shard]`: the worker holding the lease, if any.
    var holder: [[Int?]]
    /// `alive[consumer][worker]`.
    var alive: [[Bool]]
    var log = ViolationLog()
    var shardIDs: [String]
    let consumerNames: [String]

    /// `workers[consumer]`: its worker count (0 for consumers without leases).
    public init(consumerNames: [String], shardIDs: [String], workers: [Int]) {
        self.consumerNames = consumerNames
        self.shardIDs = shardIDs
        holder = Array(repeating: Array(repeating: nil, count: shardIDs.count), count: consumerNames.count)
        alive = workers.map { Array(repeating: true, count: $0) }
    }

    public mutating func observeTaken(consumer: Int, shard: Int, worker: Int, atMillis: Int64) {
        if let current = holder[consumer][shard], current != worker, alive[consumer][current] {
            log.record("consumer \(consumerNames[consumer]): worker \(worker) took the lease of \(shardIDs[shard]) at "
                       + "\(atMillis) ms while worker \(current), alive, still held it")
        }
        holder[consumer][shard] = worker
    }

    public mutating func observeDropped(consumer: Int, shard: Int, worker: Int) {
        if holder[consumer][shard] == worker { holder[consumer][shard] = nil }
    }

    public mutating func observeWorker(consumer: Int, worker: Int, alive isAlive: Bool) {
        alive[consumer][worker] = isAlive
    }

    /// A reshard opened shard `id`.
    public mutating func addShard(id: String) {
        shardIDs.append(id)
        for consumer in holder.indices { holder[consumer].append(nil) }
    }

    public func result() -> InvariantResult { log.result(named: "lease-ownership") }
}
